import type { frAccess } from './fr-access';

/** English catalogue part: access after moderation and removal, counts (same keys as fr-access.ts). */
export const enAccess: Record<keyof typeof frAccess, string> = {
	'error.helpRequestHidden':
		'This request was hidden by moderation: it is no longer shown to peer supporters. You can make a new request; the decision and its reasons are in your account, under moderation.',
	'admin.vocabulary.fewerThan': 'fewer than {count}'
};
