export * from './vocabulary';
export { canDo, ORGANISATION_ACTIONS, type OrganisationAction, type Viewer } from './policy';
export { createOrganisation, CreateOrganisationSchema } from './create-organisation';
export { updateOrganisation } from './update-organisation';
export { joinOrganisation } from './join-organisation';
export { createInvitation } from './create-invitation';
export { acceptInvitation, findInvitation } from './accept-invitation';
export { manageMembership } from './manage-membership';
export { leaveOrganisation } from './leave-organisation';
export { setMemberListVisibility } from './set-member-list-visibility';
export { listMembers, type MemberListEntry } from './list-members';
export { listOrganisations, listMyMemberships } from './list-organisations';
export { getOrganisation } from './get-organisation';
export { organisationsPersonalData } from './personal-data';
export { slugify } from './slugify';
export { setDefaultRetention } from './set-default-retention';
export {
	acceptOrganisationCharter,
	AcceptOrganisationCharterSchema,
	charterPending
} from './accept-organisation-charter';
