import { describe, expect, it } from 'vitest';
import {
	canSeeExperience,
	previewRelation,
	type PreviewAudience,
	type Visibility
} from '../matching/visibility';
import type { Viewer } from '../organisations/policy';
import type { Role } from '../organisations/vocabulary';
import { canAttestCredential, canIssueAttestation, canReadActivityEntry, canReadAttestation } from './policy';

const member = (role: Role, status: 'active' | 'pending' = 'active'): Viewer => ({
	isInstanceAdmin: false,
	membership: { role, status }
});
const admin: Viewer = { isInstanceAdmin: true, membership: null };

describe('who sees a credential, per audience (the experiences’ rule, reused)', () => {
	const table: Array<[Visibility, PreviewAudience | 'only_me', boolean]> = [
		['only_me', 'only_me', true],
		['only_me', 'my_organisations', false],
		['my_organisations', 'my_organisations', true],
		['my_organisations', 'my_supporters', true],
		['my_organisations', 'instance', false],
		['my_organisations', 'visitor', false],
		['instance', 'instance', true],
		['instance', 'visitor', false]
	];
	it.each(table)('a credential for %s is seen by %s: %s', (audience, viewer, expected) => {
		expect(canSeeExperience(audience, previewRelation(viewer))).toBe(expected);
	});
});

describe('who reads an activity entry', () => {
	it.each([
		['the supporter', true, null, true],
		['the organisation’s coordinator', false, member('coordinator'), true],
		['a pending coordinator', false, member('coordinator', 'pending'), false],
		['a moderator', false, member('moderator'), false],
		['a member (a person supported)', false, member('member'), false],
		['another peer supporter', false, member('peer_supporter'), false],
		['an instance admin', false, admin, false],
		['someone outside the organisation', false, null, false]
	] as const)('%s: %s', (_who, isOwner, viewer, expected) => {
		expect(canReadActivityEntry({ isOwner, viewerInEntryOrganisation: viewer })).toBe(expected);
	});
});

describe('who attests a credential', () => {
	const base = {
		viewer: member('coordinator'),
		isOwner: false,
		requestedHere: true,
		ownerIsActiveMember: true
	};
	it.each([
		['an active coordinator, asked, owner active', base, true],
		['the owner themself', { ...base, isOwner: true }, false],
		['not asked of this organisation', { ...base, requestedHere: false }, false],
		['owner no longer a member', { ...base, ownerIsActiveMember: false }, false],
		['a moderator', { ...base, viewer: member('moderator') }, false],
		['an instance admin', { ...base, viewer: admin }, false],
		['a pending coordinator', { ...base, viewer: member('coordinator', 'pending') }, false]
	] as const)('%s: %s', (_who, facts, expected) => {
		expect(canAttestCredential(facts)).toBe(expected);
	});
});

describe('who issues and reads attestations', () => {
	it.each([
		[member('coordinator'), false, true, true],
		[member('coordinator'), true, true, false],
		[member('coordinator'), false, false, false],
		[member('peer_supporter'), false, true, false],
		[admin, false, true, false]
	] as const)('issue: %o self=%s active=%s -> %s', (viewer, isSelf, supporterIsActiveMember, expected) => {
		expect(canIssueAttestation({ viewer, isSelf, supporterIsActiveMember })).toBe(expected);
	});
	it.each([
		[true, null, true],
		[false, member('coordinator'), true],
		[false, member('member'), false],
		[false, admin, false]
	] as const)('read: owner=%s %o -> %s', (isOwner, viewer, expected) => {
		expect(canReadAttestation({ isOwner, viewer })).toBe(expected);
	});
});
