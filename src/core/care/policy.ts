import type { Viewer } from '../organisations/policy';

/** Pure rules of the care module: organisation contacts, difficult-conversation alerts. */

const isActive = (viewer: Viewer) => viewer?.membership?.status === 'active';
const isCoordinator = (viewer: Viewer) => isActive(viewer) && viewer!.membership!.role === 'coordinator';

/** Coordinators of the organisation and instance admins add, edit, reorder and remove its contacts. */
export const canManageContacts = (viewer: Viewer) =>
	viewer?.isInstanceAdmin === true || isCoordinator(viewer);

/** Any active member of the organisation (whatever their role) reads its contacts; so do instance admins. */
export const canReadContacts = (viewer: Viewer) => viewer?.isInstanceAdmin === true || isActive(viewer);

/**
 * Coordinators of the organisation (and instance admins) see its difficult-conversation alerts and offer
 * a debrief. Peer supporters and moderators do not: an alert is between a supporter and their coordinator.
 */
export const canSeeAlerts = (viewer: Viewer) => viewer?.isInstanceAdmin === true || isCoordinator(viewer);

export interface AlertableAccompaniment {
	status: string;
	requesterId: string;
	supporterId: string;
}

/** Only the supporter of an open accompaniment marks it difficult; the person accompanied cannot. */
export function canAlertAccompaniment(actorId: string, accompaniment: AlertableAccompaniment): boolean {
	return accompaniment.status === 'open' && accompaniment.supporterId === actorId;
}
