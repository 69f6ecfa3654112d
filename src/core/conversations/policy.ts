/** Pure rules of the conversations module. */

export const RETENTIONS = ['never', '24h', '7d', '30d'] as const;
export type Retention = (typeof RETENTIONS)[number];

const HOUR = 60 * 60 * 1000;
const RETENTION_MS: Record<Retention, number | null> = {
	never: null,
	'24h': 24 * HOUR,
	'7d': 7 * 24 * HOUR,
	'30d': 30 * 24 * HOUR
};

/** When a message written at `at` disappears under `retention`; null when it is kept. */
export function expiryFor(retention: Retention, at: Date): Date | null {
	const ms = RETENTION_MS[retention];
	return ms === null ? null : new Date(at.getTime() + ms);
}

export const MAX_MESSAGE_LENGTH = 4000;
export const EDIT_WINDOW_MS = 15 * 60 * 1000;
/**
 * Per sender, across conversations, a token bucket (shared/rate-limit.ts): 20 at once, then one every 3 s.
 * A person typing fast stays well under it, a flood does not.
 */
export const SEND_RULE = { capacity: 20, perSeconds: 60 };

export interface MessageFacts {
	authorId: string | null;
	createdAt: Date;
	deletedAt: Date | null;
}

/** The author may correct a message for 15 minutes; a deleted message stays deleted. */
export function canEditMessage(actorId: string, message: MessageFacts, now: Date): boolean {
	return (
		message.authorId === actorId &&
		message.deletedAt === null &&
		now.getTime() - message.createdAt.getTime() <= EDIT_WINDOW_MS
	);
}

/** The author may delete their message at any time. */
export function canDeleteMessage(actorId: string, message: MessageFacts): boolean {
	return message.authorId === actorId && message.deletedAt === null;
}

/**
 * An accompaniment's conversation can be written in while the accompaniment is open; a direct one while
 * neither participant blocked the other, the other has not left it, and both are still active members of
 * some organisation (it was opened as members of a shared one; once they share none, it stays readable
 * like an ended accompaniment, and opens again if they share one again: the history is theirs, and the
 * condition it was opened under holds again). A group stays writable whatever blocks exist between its
 * participants: blocks only hide the blocked person's messages from the blocker.
 */
/** Group conversations, and a group's own conversation (peer_group): many people, read from one's arrival. */
export const isGroupKind = (kind: string) => kind === 'group' || kind === 'peer_group';

export function canWrite(conversation: {
	kind: string;
	accompanimentStatus: string | null;
	blocked: boolean;
	others: number;
	sharesOrganisation: boolean;
}): boolean {
	if (isGroupKind(conversation.kind)) return true;
	if (conversation.blocked) return false;
	if (conversation.kind === 'direct') return conversation.others > 0 && conversation.sharesOrganisation;
	return conversation.accompanimentStatus === 'open';
}

/** Who may open a direct conversation with a person: nobody unless they chose otherwise. */
export const DIRECT_MESSAGE_AUDIENCES = ['nobody', 'my_organisations'] as const;
export type DirectMessageAudience = (typeof DIRECT_MESSAGE_AUDIENCES)[number];

/** May the actor open a direct conversation with the recipient? */
export function canMessageDirectly(facts: {
	isSelf: boolean;
	recipientAccepts: DirectMessageAudience;
	sharesOrganisation: boolean;
	blocked: boolean;
}): boolean {
	return (
		!facts.isSelf &&
		!facts.blocked &&
		facts.recipientAccepts === 'my_organisations' &&
		facts.sharesOrganisation
	);
}
