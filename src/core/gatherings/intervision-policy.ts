import type { Role } from '../organisations/vocabulary';
import type { GroupKind, GroupMemberStatus, GroupRole, RegistrationStatus } from './vocabulary';

/** What decides whether a person may enter one intervision occurrence, read from one query. */
export interface IntervisionFacts {
	groupKind: GroupKind;
	/** Their active role in the group's organisation; null when they are not an active member. */
	organisationRole: Role | null;
	groupMember: { role: GroupRole; status: GroupMemberStatus } | null;
	registration: { status: RegistrationStatus; pledged: boolean } | null;
}

const isFacilitator = (facts: IntervisionFacts) =>
	facts.groupMember?.status === 'active' && facts.groupMember.role === 'facilitator';

/**
 * Who may come to the door of an intervision occurrence (and pledge there): its confirmed participants who
 * are peer supporters of the organisation, and the group's facilitators (a peer supporter or a coordinator
 * facilitating). A professional or a relative never enters, whatever their place in the group; an
 * organisation coordinator who does not facilitate this group does not either: what is said there is the
 * participants' own.
 */
export function canEnterIntervision(facts: IntervisionFacts): boolean {
	if (facts.groupKind !== 'intervision') return false;
	const role = facts.organisationRole;
	if (role === 'peer_supporter') return facts.registration?.status === 'confirmed' || isFacilitator(facts);
	if (role === 'coordinator') return isFacilitator(facts);
	return false;
}

/** The notes are read and written only after the confidentiality pledge. */
export const canReadIntervision = (facts: IntervisionFacts): boolean =>
	canEnterIntervision(facts) && facts.registration?.pledged === true;

/** A facilitator who was not registered gets a registration with their pledge (they hold the room). */
export const needsFacilitatorRegistration = (facts: IntervisionFacts): boolean =>
	canEnterIntervision(facts) && facts.registration === null;
