import { describe, expect, it } from 'vitest';
import type { Role } from '../organisations/vocabulary';
import type { KnowledgeViewer } from './policy';
import { canReadReadingList, readingListAudienceAllowed } from './reading-list-policy';
import type { KnowledgeAudience } from './vocabulary';

const ORG = 'org-1';
const viewer = (role: Role | null, admin = false): KnowledgeViewer => ({
	accountId: 'reader',
	isInstanceAdmin: admin,
	roles: new Map(role ? [[ORG, role]] : []),
	moderates: new Set()
});
const list = (audience: KnowledgeAudience) => ({ organisationId: ORG, audience });

describe('canReadReadingList', () => {
	it.each([
		['a visitor, public', null, 'public', true],
		['a visitor, members', null, 'members', false],
		['a member elsewhere, members', viewer(null), 'members', true],
		['a member elsewhere, organisation', viewer(null), 'organisation', false],
		['a member there, organisation', viewer('member'), 'organisation', true],
		['a partner professional there, organisation', viewer('professional'), 'organisation', false],
		['a peer supporter there, organisation', viewer('peer_supporter'), 'organisation', true],
		['an instance admin, organisation', viewer(null, true), 'organisation', true]
	] as const)('%s', (_name, who, audience, expected) => {
		expect(canReadReadingList(who, list(audience))).toBe(expected);
	});
});

describe('readingListAudienceAllowed', () => {
	it.each([
		['organisation', false, true],
		['members', false, true],
		['public', false, false],
		['public', true, true]
	] as const)('%s where public knowledge is %s', (audience, knowledgePublic, expected) => {
		expect(readingListAudienceAllowed(audience, knowledgePublic)).toBe(expected);
	});
});
