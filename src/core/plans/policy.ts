/**
 * Who may read a recovery plan: its owner always; somebody else only through a live share. A share to a
 * supporter lives while the accompaniment between that supporter and the owner is open; a link lives
 * until it expires. Revoked is revoked. Anyone else gets NOT_FOUND from the use cases.
 */
export type ShareKind = 'supporter' | 'link';

export interface ShareFacts {
	kind: ShareKind;
	revokedAt: Date | null;
	expiresAt: Date | null;
	/** The accompaniment a supporter share belongs to (null for a link). */
	accompaniment: { status: string; supporterId: string; requesterId: string } | null;
}

/** Whether a share still opens the plan now (whoever holds it). */
export function isShareLive(share: ShareFacts, ownerId: string, now: Date): boolean {
	if (share.revokedAt) return false;
	if (share.kind === 'link') return share.expiresAt !== null && share.expiresAt.getTime() > now.getTime();
	const accompaniment = share.accompaniment;
	return accompaniment !== null && accompaniment.status === 'open' && accompaniment.requesterId === ownerId;
}

/**
 * Whether `actorId` (null: no session, a link's holder) may read the plan owned by `ownerId` through
 * `share` (null: no share at all).
 */
export function canReadPlan(
	actorId: string | null,
	ownerId: string,
	share: ShareFacts | null,
	now: Date
): boolean {
	if (actorId !== null && actorId === ownerId) return true;
	if (!share || !isShareLive(share, ownerId, now)) return false;
	if (share.kind === 'link') return true;
	return actorId !== null && share.accompaniment?.supporterId === actorId;
}

/** The longest a link may live, in days: the person chooses up to this. */
export const MAX_LINK_DAYS = 30;
/** Live links at once: a handful of named people; more looks like a loop. */
export const MAX_LIVE_LINKS = 5;
