import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../organisations/vocabulary';
import {
	admitsCompanions,
	canAcceptInvitation,
	canAdmitAsCompanion,
	canRegisterForSession,
	canBeInvited,
	canCreateGroup,
	canFacilitate,
	canJoinGroup,
	canManageGroup,
	canSeeGroup,
	canSeeMemberCount,
	canSeeMemberNames,
	canTakePart,
	fitsAudience,
	mayFacilitate,
	needsCharterAcceptance,
	type GroupFacts,
	type GroupViewer
} from './policy';
import {
	GROUP_AUDIENCES,
	GROUP_MEMBER_STATUSES,
	GROUP_ROLES,
	REGISTRATION_STATUSES,
	type GroupAudience
} from './vocabulary';

// Who fits which room: the rule every other one leans on.
const FITS: Record<GroupAudience, Role[]> = {
	members: [...ROLES],
	peers: ['member', 'peer_supporter', 'moderator', 'coordinator'],
	relatives: ['relative'],
	supporters: ['peer_supporter']
};

const facts = (audience: GroupAudience, extra: Partial<GroupFacts> = {}): GroupFacts => ({
	audience,
	joinPolicy: 'open',
	publicProgramme: false,
	archived: false,
	...extra
});

describe('fitsAudience', () => {
	for (const audience of GROUP_AUDIENCES)
		for (const role of ROLES)
			it(`${audience} × ${role}: ${FITS[audience].includes(role)}`, () => {
				expect(fitsAudience(audience, role)).toBe(FITS[audience].includes(role));
			});
	it('nobody outside the organisation fits any room', () => {
		for (const audience of GROUP_AUDIENCES) expect(fitsAudience(audience, null)).toBe(false);
	});
});

describe('every audience × organisation role × place in the group', () => {
	const places = [
		null,
		...GROUP_ROLES.flatMap((role) => GROUP_MEMBER_STATUSES.map((status) => ({ role, status })))
	];
	for (const audience of GROUP_AUDIENCES)
		for (const organisationRole of [...ROLES, null])
			for (const place of places)
				for (const charterCurrent of [true, false]) {
					const viewer: GroupViewer = {
						isInstanceAdmin: false,
						organisationRole,
						groupMember: place ? { ...place, charterCurrent } : null
					};
					const label = `${audience} × ${organisationRole ?? 'outsider'} × ${place ? `${place.role}/${place.status}` : 'no place'}${charterCurrent ? '' : ' (old charter)'}`;
					it(label, () => {
						const group = facts(audience);
						const coordinator = organisationRole === 'coordinator';
						const fits = organisationRole !== null && FITS[audience].includes(organisationRole);
						const active = place?.status === 'active';
						expect(canSeeGroup(viewer, group)).toBe(place !== null || coordinator || fits);
						expect(canJoinGroup(viewer, group)).toBe(place === null && fits);
						expect(canTakePart(viewer, group)).toBe(active && charterCurrent);
						expect(needsCharterAcceptance(viewer)).toBe(active && !charterCurrent);
						const facilitates = coordinator || (active && place?.role === 'facilitator');
						expect(canFacilitate(viewer)).toBe(facilitates);
						expect(canManageGroup(viewer, group)).toBe(facilitates);
						expect(canSeeMemberNames(viewer)).toBe(facilitates);
						expect(canSeeMemberCount(viewer)).toBe(active || facilitates);
						expect(canAcceptInvitation(viewer, group)).toBe(
							place?.status === 'invited' && organisationRole !== null && (place.role === 'companion' || fits)
						);
					});
				}
});

describe('group rules beside the table', () => {
	it('nobody joins an archived group, nor one by invitation; a visitor sees nothing', () => {
		const member: GroupViewer = { isInstanceAdmin: false, organisationRole: 'member', groupMember: null };
		expect(canJoinGroup(member, facts('members', { archived: true }))).toBe(false);
		expect(canSeeGroup(member, facts('members', { archived: true }))).toBe(false);
		expect(canJoinGroup(member, facts('members', { joinPolicy: 'invitation' }))).toBe(false);
		expect(canSeeGroup(null, facts('members'))).toBe(false);
	});
	it('an archived group is managed by nobody and taken part in by nobody', () => {
		const facilitator: GroupViewer = {
			isInstanceAdmin: false,
			organisationRole: 'member',
			groupMember: { role: 'facilitator', status: 'active', charterCurrent: true }
		};
		expect(canManageGroup(facilitator, facts('members', { archived: true }))).toBe(false);
		expect(canTakePart(facilitator, facts('members', { archived: true }))).toBe(false);
	});
	it('coordinators and instance admins create groups, nobody else', () => {
		for (const role of [...ROLES, null])
			expect(canCreateGroup({ isInstanceAdmin: false, organisationRole: role })).toBe(role === 'coordinator');
		expect(canCreateGroup({ isInstanceAdmin: true, organisationRole: null })).toBe(true);
	});
	it('a peer and a professional may co-facilitate a members group; elsewhere facilitators fit the room', () => {
		for (const audience of GROUP_AUDIENCES)
			for (const role of ROLES)
				expect(mayFacilitate(audience, role)).toBe(audience === 'members' || FITS[audience].includes(role));
		expect(mayFacilitate('members', null)).toBe(false);
	});
	it('invites only people who fit and have no place yet', () => {
		expect(canBeInvited('peers', { role: 'member', inGroup: false })).toBe(true);
		expect(canBeInvited('peers', { role: 'professional', inGroup: false })).toBe(false);
		expect(canBeInvited('peers', { role: 'member', inGroup: true })).toBe(false);
	});
});

describe('canAdmitAsCompanion: only someone the room would otherwise keep out, in a peers or relatives group', () => {
	const ADMITS: Record<GroupAudience, boolean> = {
		members: false,
		peers: true,
		relatives: true,
		supporters: false
	};
	for (const audience of GROUP_AUDIENCES)
		for (const role of ROLES)
			it(`${audience} × ${role}`, () => {
				expect(canAdmitAsCompanion(audience, role)).toBe(ADMITS[audience] && !FITS[audience].includes(role));
			});
	it('a relative or a professional among peers; a person concerned among relatives; nobody from outside', () => {
		expect(canAdmitAsCompanion('peers', 'relative')).toBe(true);
		expect(canAdmitAsCompanion('peers', 'professional')).toBe(true);
		expect(canAdmitAsCompanion('peers', 'member')).toBe(false);
		expect(canAdmitAsCompanion('relatives', 'member')).toBe(true);
		expect(canAdmitAsCompanion('supporters', 'relative')).toBe(false);
		for (const audience of GROUP_AUDIENCES) {
			expect(canAdmitAsCompanion(audience, null)).toBe(false);
			expect(admitsCompanions(audience)).toBe(ADMITS[audience]);
		}
	});
});

describe('canRegisterForSession: a companion only beside the member they accompany', () => {
	for (const role of GROUP_ROLES)
		for (const status of GROUP_MEMBER_STATUSES)
			for (const accompanied of [...REGISTRATION_STATUSES, null])
				it(`${role}/${status}, accompanied ${accompanied ?? 'not registered'}`, () => {
					const viewer: GroupViewer = {
						isInstanceAdmin: false,
						organisationRole: role === 'companion' ? 'relative' : 'member',
						groupMember: { role, status, charterCurrent: true }
					};
					const active = status === 'active';
					const beside = accompanied === 'confirmed' || accompanied === 'waiting';
					expect(canRegisterForSession(viewer, facts('peers'), accompanied)).toBe(
						active && (role !== 'companion' || beside)
					);
				});
	it('nobody registers with an old charter or in an archived group', () => {
		const viewer: GroupViewer = {
			isInstanceAdmin: false,
			organisationRole: 'member',
			groupMember: { role: 'member', status: 'active', charterCurrent: false }
		};
		expect(canRegisterForSession(viewer, facts('peers'), null)).toBe(false);
		expect(canRegisterForSession(null, facts('peers'), null)).toBe(false);
	});
});
