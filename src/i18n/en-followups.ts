import type { frFollowups } from './fr-followups';

/** English catalogue part: closed help requests (same keys as fr-followups.ts). */
export const enFollowups: Record<keyof typeof frFollowups, string> = {
	'error.helpRequestClosed':
		'This request is closed: the time it stayed open has passed. It is no longer shown to peer supporters and can no longer be used to send a contact request. If you would still like to talk to someone, make a new request.',
	'help.closed': 'Request closed',
	'help.newRequest': 'Make a new request'
};
