export const ORGANISATION_KINDS = [
	'gem',
	'association',
	'clubhouse',
	'peer_work_platform',
	'care_team',
	'hospital',
	'medico_social',
	'mdph',
	'company',
	'other'
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ROLES = [
	'member',
	'peer_supporter',
	'relative',
	'professional',
	'moderator',
	'coordinator'
] as const;
export type Role = (typeof ROLES)[number];

export const JOIN_POLICIES = ['open', 'request', 'invitation'] as const;
export type JoinPolicy = (typeof JOIN_POLICIES)[number];

export const MEMBERSHIP_STATUSES = ['pending', 'active'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
