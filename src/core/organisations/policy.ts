import type { MembershipStatus, Role } from './vocabulary';

/** Who is asking, relative to one organisation. `null` is a visitor who is not signed in. */
export type Viewer = {
	isInstanceAdmin: boolean;
	membership: { role: Role; status: MembershipStatus } | null;
} | null;

export const ORGANISATION_ACTIONS = [
	'organisation.view',
	'organisation.create',
	'organisation.update',
	'organisation.join',
	'membership.leave',
	'membership.setVisibility',
	'members.list',
	'members.manage'
] as const;
export type OrganisationAction = (typeof ORGANISATION_ACTIONS)[number];

const isActive = (viewer: Viewer) => viewer?.membership?.status === 'active';
const hasRole = (viewer: Viewer, ...roles: Role[]) =>
	isActive(viewer) && roles.includes(viewer!.membership!.role);

export const canViewOrganisation = (_viewer: Viewer) => true;
export const canCreateOrganisation = (viewer: Viewer) => viewer?.isInstanceAdmin === true;
export const canUpdateOrganisation = (viewer: Viewer) =>
	viewer?.isInstanceAdmin === true || hasRole(viewer, 'coordinator');
export const canJoinOrganisation = (viewer: Viewer) => viewer !== null && viewer.membership === null;
export const canLeaveOrganisation = (viewer: Viewer) => viewer?.membership != null;
export const canSetMemberListVisibility = (viewer: Viewer) => isActive(viewer);
// Knowing who belongs to a GEM discloses their condition: only peers and staff of the organisation see
// the list. Professional partners do not, by default.
export const canListMembers = (viewer: Viewer) =>
	viewer?.isInstanceAdmin === true ||
	hasRole(viewer, 'member', 'peer_supporter', 'relative', 'moderator', 'coordinator');
export const canManageMembers = (viewer: Viewer) =>
	viewer?.isInstanceAdmin === true || hasRole(viewer, 'coordinator');

/** The single lookup used by the authorisation matrix test and by pages deciding what to show. */
export function canDo(viewer: Viewer, action: OrganisationAction): boolean {
	switch (action) {
		case 'organisation.view':
			return canViewOrganisation(viewer);
		case 'organisation.create':
			return canCreateOrganisation(viewer);
		case 'organisation.update':
			return canUpdateOrganisation(viewer);
		case 'organisation.join':
			return canJoinOrganisation(viewer);
		case 'membership.leave':
			return canLeaveOrganisation(viewer);
		case 'membership.setVisibility':
			return canSetMemberListVisibility(viewer);
		case 'members.list':
			return canListMembers(viewer);
		case 'members.manage':
			return canManageMembers(viewer);
	}
}
