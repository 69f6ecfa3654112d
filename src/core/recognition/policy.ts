import type { Viewer } from '../organisations/policy';

/**
 * Who may do what with credentials, activity logs and attestations: pure, table-tested.
 * Coordinators here are the organisation's active coordinators only: not its moderators, not the
 * instance's administrators (recognition is between a supporter and the organisations they work with).
 */
export const isActiveCoordinator = (viewer: Viewer): boolean =>
	viewer?.membership?.status === 'active' && viewer.membership.role === 'coordinator';

export const isActiveMember = (viewer: Viewer): boolean => viewer?.membership?.status === 'active';

/**
 * A coordinator attests a credential its owner asked THEIR organisation to attest, while the owner is an
 * active member there; never their own (an attestation is someone else's word).
 */
export function canAttestCredential(facts: {
	viewer: Viewer;
	isOwner: boolean;
	requestedHere: boolean;
	ownerIsActiveMember: boolean;
}): boolean {
	return (
		isActiveCoordinator(facts.viewer) && !facts.isOwner && facts.requestedHere && facts.ownerIsActiveMember
	);
}

/**
 * An activity entry is read by its supporter, and by the active coordinators of the organisation it was
 * done for; nobody else (not the people supported, not other organisations, not instance admins).
 */
export function canReadActivityEntry(facts: {
	isOwner: boolean;
	/** How the viewer relates to the entry's organisation (null when the entry has none). */
	viewerInEntryOrganisation: Viewer;
}): boolean {
	return facts.isOwner || isActiveCoordinator(facts.viewerInEntryOrganisation);
}

/** A coordinator issues (and revokes) attestations for the organisation's active members, never for themselves. */
export function canIssueAttestation(facts: {
	viewer: Viewer;
	isSelf: boolean;
	supporterIsActiveMember: boolean;
}) {
	return isActiveCoordinator(facts.viewer) && !facts.isSelf && facts.supporterIsActiveMember;
}

export const canRevokeAttestation = (viewer: Viewer): boolean => isActiveCoordinator(viewer);

/** An attestation (its PDF) is read by the supporter it is about and the issuing organisation's coordinators. */
export const canReadAttestation = (facts: { isOwner: boolean; viewer: Viewer }): boolean =>
	facts.isOwner || isActiveCoordinator(facts.viewer);
