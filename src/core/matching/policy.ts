/** Pure rules of the matching module. */

export interface SupporterFacts {
	/** Active memberships' roles of the person. */
	activeRoles: readonly string[];
}

/** Only people who are peer supporters in at least one organisation can publish an offer. */
export function canOfferSupport(facts: SupporterFacts): boolean {
	return facts.activeRoles.includes('peer_supporter');
}

export interface ContactFacts {
	status: 'pending' | 'accepted' | 'declined' | 'withdrawn';
	requesterId: string;
	supporterId: string;
}

/** The supporter decides on a pending request addressed to them. */
export function canDecideContact(actorId: string, contact: ContactFacts): boolean {
	return contact.status === 'pending' && contact.supporterId === actorId;
}

/** The requester may withdraw a request while it waits. */
export function canWithdrawContact(actorId: string, contact: ContactFacts): boolean {
	return contact.status === 'pending' && contact.requesterId === actorId;
}

export interface AccompanimentFacts {
	status: 'open' | 'ended';
	requesterId: string;
	supporterId: string;
}

export const isParty = (actorId: string, accompaniment: { requesterId: string; supporterId: string }) =>
	accompaniment.requesterId === actorId || accompaniment.supporterId === actorId;

/** Either side can end an open accompaniment at any time. */
export function canEndAccompaniment(actorId: string, accompaniment: AccompanimentFacts): boolean {
	return accompaniment.status === 'open' && isParty(actorId, accompaniment);
}

/** A supporter is proposed only when not paused and below capacity. */
export function hasRoom(offer: { paused: boolean; capacity: number }, activeAccompaniments: number): boolean {
	return !offer.paused && activeAccompaniments < offer.capacity;
}

/**
 * A supporter is away while paused or in a cool-down (paused_until still ahead): no new matches, no new
 * contact requests, and the people they accompany are shown who else to turn to.
 */
export function isAway(offer: { paused: boolean; pausedUntil: Date | null }, now: Date): boolean {
	return offer.paused || (offer.pausedUntil !== null && offer.pausedUntil > now);
}

/**
 * A help request is closed once its open time ran out: from `closes_at` on, even before the minute job
 * marks it 'closed' (retention/purge-expired-records.ts). It is then neither matched nor sent to anyone.
 */
export function isClosedHelpRequest(request: { status: string; closesAt: Date | null }, now: Date): boolean {
	return request.status === 'closed' || (request.closesAt !== null && request.closesAt <= now);
}

export interface VocabularyFacts {
	isInstanceAdmin: boolean;
	/** Roles of the person's active memberships. */
	activeRoles: readonly string[];
}

/** Coordinators (of any organisation) and instance admins may propose a new experience. */
export function canProposeExperience(facts: VocabularyFacts): boolean {
	return facts.isInstanceAdmin || facts.activeRoles.includes('coordinator');
}

/** Only instance admins approve, reject, rename and merge vocabulary entries: the vocabulary is shared. */
export function canGovernVocabulary(facts: VocabularyFacts): boolean {
	return facts.isInstanceAdmin;
}
