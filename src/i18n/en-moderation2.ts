import type { frModeration2 } from './fr-moderation2';

/** English catalogue part: moderation evidence, scoped records, conversations after an erasure. Same keys as fr-moderation2.ts. */
export const enModeration2: Record<keyof typeof frModeration2, string> = {
	'record.what.moderation_history':
		'looked at the moderation record about you, including in other organisations',
	'record.whyWithheld':
		'The reason is not shown: in a conversation between two people, it would point to the person who reported.',
	'moderation.detail.copyTitle': 'Text when it was reported',
	'moderation.detail.copyHint':
		'The content was edited or deleted since it was reported. Only the people reviewing the report can see this copy, and it is erased as soon as the report is decided.',
	'error.messageHidden': 'This message was hidden by moderation: it can no longer be edited.',
	'conversations.accompanimentStarted': 'accompaniment started on {date}',
	'conversations.started': 'conversation started on {date}',
	'conversation.partnerErased':
		'The other person deleted their account: you can read this conversation again, but no longer write in it.'
};
