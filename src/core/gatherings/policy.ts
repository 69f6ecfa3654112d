import type { Role } from '../organisations/vocabulary';
import type {
	GroupAudience,
	GroupJoinPolicy,
	GroupMemberStatus,
	GroupRole,
	RegistrationStatus
} from './vocabulary';

/**
 * Who is asking, relative to one group: their active role in the group's organisation (null when they are
 * not an active member there), and their place in the group (any status). `null` is a visitor.
 */
export type GroupViewer = {
	isInstanceAdmin: boolean;
	organisationRole: Role | null;
	groupMember: {
		role: GroupRole;
		status: GroupMemberStatus;
		/** Whether the charter version they accepted is the group's current one. */
		charterCurrent: boolean;
	} | null;
} | null;

export interface GroupFacts {
	audience: GroupAudience;
	joinPolicy: GroupJoinPolicy;
	publicProgramme: boolean;
	archived: boolean;
}

/**
 * Whether an organisation role may be in a group's room. Peers only: never professionals or relatives
 * (an admitted companion is let in as such, not by this rule). Relatives' groups the other way round.
 * Intervision is for the organisation's peer supporters.
 */
export function fitsAudience(audience: GroupAudience, role: Role | null): boolean {
	if (role === null) return false;
	switch (audience) {
		case 'members':
			return true;
		case 'peers':
			return role !== 'professional' && role !== 'relative';
		case 'relatives':
			return role === 'relative';
		case 'supporters':
			return role === 'peer_supporter';
	}
}

const isCoordinator = (viewer: GroupViewer) =>
	viewer?.isInstanceAdmin === true || viewer?.organisationRole === 'coordinator';
const isActiveIn = (viewer: GroupViewer) => viewer?.groupMember?.status === 'active';

/** Facilitators of the group, and the organisation's coordinators, run it. */
export const canFacilitate = (viewer: GroupViewer) =>
	isCoordinator(viewer) || (isActiveIn(viewer) && viewer!.groupMember!.role === 'facilitator');

/**
 * Who may know the group exists: its people (invited or asking included), those who may be in its room,
 * and the organisation's coordinators. Anyone else gets NOT_FOUND: a peers-only group's existence is not
 * for professionals or relatives to browse.
 */
export const canSeeGroup = (viewer: GroupViewer, group: GroupFacts) =>
	viewer?.groupMember != null ||
	isCoordinator(viewer) ||
	(!group.archived && fitsAudience(group.audience, viewer?.organisationRole ?? null));

/** Joining by oneself (open) or asking (on request); by invitation, one accepts an invitation instead. */
export const canJoinGroup = (viewer: GroupViewer, group: GroupFacts) =>
	!group.archived &&
	viewer?.groupMember == null &&
	group.joinPolicy !== 'invitation' &&
	fitsAudience(group.audience, viewer?.organisationRole ?? null);

/** Writing in the group's conversation, registering for its sessions: active, with the current charter. */
export const canTakePart = (viewer: GroupViewer, group: GroupFacts) =>
	!group.archived && isActiveIn(viewer) && viewer!.groupMember!.charterCurrent;

/**
 * Registering for a session: taking part, and a companion only beside the member they accompany (who holds
 * a place or waits for one in that session): a companion never sits in a peers-only room on their own.
 * `accompanied` is that member's registration for the session (null: none), for companions only.
 */
export const canRegisterForSession = (
	viewer: GroupViewer,
	group: GroupFacts,
	accompanied: RegistrationStatus | null
) =>
	canTakePart(viewer, group) &&
	(viewer!.groupMember!.role !== 'companion' || accompanied === 'confirmed' || accompanied === 'waiting');

/** Members see how many they are; facilitators and coordinators see names. */
export const canSeeMemberCount = (viewer: GroupViewer) => isActiveIn(viewer) || canFacilitate(viewer);
export const canSeeMemberNames = (viewer: GroupViewer) => canFacilitate(viewer);

/** The organisation's coordinators (and instance admins) create its groups. */
export const canCreateGroup = (viewer: { isInstanceAdmin: boolean; organisationRole: Role | null }) =>
	viewer.isInstanceAdmin || viewer.organisationRole === 'coordinator';

/** Facilitators and coordinators change a group, invite, decide requests, admit companions, set roles. */
export const canManageGroup = (viewer: GroupViewer, group: GroupFacts) =>
	!group.archived && canFacilitate(viewer);

/**
 * Who may facilitate: in a 'members' group anyone active in the organisation (a peer and a professional may
 * co-facilitate); in a peers, relatives or supporters group only someone who fits its audience.
 */
export const mayFacilitate = (audience: GroupAudience, role: Role | null) =>
	role !== null && (audience === 'members' || fitsAudience(audience, role));

/**
 * Whether a facilitator may invite this person: an active member of the organisation who fits the
 * audience and has no place in the group yet (invited, asking or in).
 */
export const canBeInvited = (audience: GroupAudience, invitee: { role: Role | null; inGroup: boolean }) =>
	!invitee.inGroup && fitsAudience(audience, invitee.role);

/**
 * Who a facilitator may admit as a named companion (the person a disabled member needs beside them): only
 * in a peers-only or a relatives' group, and only someone that group's audience would otherwise keep out
 * (a relative or a professional among peers; a person concerned or a professional among relatives).
 * Anyone who fits the room joins or is invited like everyone else; a 'members' group lets everyone in
 * anyway; intervision stays for the organisation's peer supporters only.
 */
export const canAdmitAsCompanion = (audience: GroupAudience, companionRole: Role | null) =>
	companionRole !== null && admitsCompanions(audience) && !fitsAudience(audience, companionRole);

/** The groups whose audience keeps some members of the organisation out, so a companion may be needed. */
export const admitsCompanions = (audience: GroupAudience) => audience === 'peers' || audience === 'relatives';

/**
 * Accepting an invitation: the person still fits the audience (a companion is admitted by name, whatever
 * their role, as long as they are still a member of the organisation).
 */
export const canAcceptInvitation = (viewer: GroupViewer, group: GroupFacts) =>
	!group.archived &&
	viewer?.groupMember?.status === 'invited' &&
	viewer.organisationRole !== null &&
	(viewer.groupMember.role === 'companion' || fitsAudience(group.audience, viewer.organisationRole));

/** An active member whose accepted charter is older than the group's accepts the new one. */
export const needsCharterAcceptance = (viewer: GroupViewer) =>
	isActiveIn(viewer) && !viewer!.groupMember!.charterCurrent;
