import type { MessageView } from '$core/conversations';

/**
 * A message on the conversation page: as loaded (no author id; history, notice and edit date only when
 * there are some) or as the event stream sends it (a full `MessageView`).
 */
export type ShownMessage = Omit<MessageView, 'author' | 'history' | 'safetyNotice' | 'editedAt'> & {
	author: { pseudonym: string; accountId?: string } | null;
	editedAt?: Date | null;
	history?: MessageView['history'];
	safetyNotice?: MessageView['safetyNotice'];
};
