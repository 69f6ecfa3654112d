/** Pure rules of group conversations and of leaving a conversation. */

/** Everyone counted, the person who opened the group included. */
export const MAX_GROUP_PARTICIPANTS = 50;
export const MAX_GROUP_TITLE_LENGTH = 100;

/** How the actor belongs to the group's organisation; null when they do not. */
export type GroupMembership = { role: string; status: string } | null;

/** Coordinators and peer supporters of an organisation (active) open groups among its members. */
export function canOpenGroup(membership: GroupMembership): boolean {
	return (
		membership?.status === 'active' &&
		(membership.role === 'coordinator' || membership.role === 'peer_supporter')
	);
}

/**
 * Any participant who may open groups in the group's organisation adds people to it, so that the group
 * outlives whoever opened it. Someone outside the group does not even see it.
 */
export function canAddToGroup(facts: { isParticipant: boolean; membership: GroupMembership }): boolean {
	return facts.isParticipant && canOpenGroup(facts.membership);
}

/** Whether `adding` more people fit in a group that has `current` participants. */
export function groupHasRoomFor(current: number, adding: number): boolean {
	return current + adding <= MAX_GROUP_PARTICIPANTS;
}

/**
 * Groups and direct conversations can be left. An accompaniment's conversation cannot: ending the
 * accompaniment is how one leaves it, so that the other person is told and the supporter's capacity freed.
 */
export function canLeaveConversation(kind: string): boolean {
	return kind === 'group' || kind === 'direct';
}
