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

/**
 * A message as the page's data carries it (serialised into the page for hydration, beside its HTML):
 * what the component uses and nothing more: no author id (only live messages need it), no empty history,
 * notice or edit date.
 */
export function shownMessage({
	author,
	history,
	safetyNotice,
	editedAt,
	...message
}: MessageView): ShownMessage {
	return {
		...message,
		author: author && { pseudonym: author.pseudonym },
		...(editedAt ? { editedAt } : {}),
		...(history.length ? { history } : {}),
		...(safetyNotice ? { safetyNotice } : {})
	};
}
