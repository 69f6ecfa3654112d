import { describe, expect, it } from 'vitest';
import type { Role } from '../organisations/vocabulary';
import {
	canChooseAudience,
	canEditContribution,
	canReadContribution,
	canRespondToContribution,
	readsInLists,
	type ContributionFacts,
	type KnowledgeViewer
} from './policy';
import type { KnowledgeAudience } from './vocabulary';

const ORG = 'org-1';
const viewer = (role: Role | null, options: { id?: string; admin?: boolean } = {}): KnowledgeViewer => ({
	accountId: options.id ?? 'reader',
	isInstanceAdmin: options.admin ?? false,
	roles: new Map(role ? [[ORG, role]] : []),
	moderates: new Set(role === 'moderator' || role === 'coordinator' ? [ORG] : [])
});
const facts = (audience: KnowledgeAudience, more: Partial<ContributionFacts> = {}): ContributionFacts => ({
	authorId: 'author',
	organisationId: ORG,
	audience,
	status: 'published',
	hidden: false,
	...more
});

describe('canReadContribution', () => {
	it.each([
		['a visitor, public', null, facts('public'), true],
		['a visitor, members', null, facts('members'), false],
		['a visitor, organisation', null, facts('organisation'), false],
		['a member elsewhere, members', viewer(null), facts('members'), true],
		['a member elsewhere, organisation', viewer(null), facts('organisation'), false],
		['a member there, organisation', viewer('member'), facts('organisation'), true],
		['a relative there, organisation', viewer('relative'), facts('organisation'), true],
		['a partner professional there, organisation', viewer('professional'), facts('organisation'), false],
		[
			'the author, a draft',
			viewer('member', { id: 'author' }),
			facts('organisation', { status: 'draft' }),
			true
		],
		['a member there, a draft', viewer('member'), facts('organisation', { status: 'draft' }), false],
		[
			'a coordinator there, a draft',
			viewer('coordinator'),
			facts('organisation', { status: 'draft' }),
			false
		],
		['a member there, hidden', viewer('member'), facts('public', { hidden: true }), false],
		['a moderator there, hidden', viewer('moderator'), facts('public', { hidden: true }), true],
		['the author, hidden', viewer(null, { id: 'author' }), facts('organisation', { hidden: true }), true],
		['an instance admin, organisation', viewer(null, { admin: true }), facts('organisation'), true]
	] as const)('%s: %s', (_name, who, contribution, expected) => {
		expect(canReadContribution(who, contribution)).toBe(expected);
	});
});

describe('editing and responding', () => {
	it.each([
		['the author edits', canEditContribution(viewer('member', { id: 'author' }), facts('members')), true],
		['nobody else edits', canEditContribution(viewer('coordinator'), facts('members')), false],
		[
			'the author no longer edits once hidden',
			canEditContribution(viewer('member', { id: 'author' }), facts('members', { hidden: true })),
			false
		],
		['a reader responds', canRespondToContribution(viewer('member'), facts('organisation')), true],
		[
			'the author does not confirm their own',
			canRespondToContribution(viewer('member', { id: 'author' }), facts('organisation')),
			false
		],
		['a visitor does not respond', canRespondToContribution(null, facts('public')), false],
		[
			'a moderator outside the audience does not respond',
			canRespondToContribution(viewer(null, { admin: true }), facts('organisation')),
			false
		],
		[
			'nobody responds to a draft',
			canRespondToContribution(viewer('member'), facts('organisation', { status: 'draft' })),
			false
		]
	] as const)('%s', (_name, actual, expected) => {
		expect(actual).toBe(expected);
	});
});

describe('canChooseAudience', () => {
	const open = { id: ORG, knowledgePublic: true };
	const closed = { id: ORG, knowledgePublic: false };
	it.each([
		['members, anyone signed in', viewer(null), 'members', null, true],
		['organisation, a member there', viewer('member'), 'organisation', closed, true],
		['organisation, not a member there', viewer(null), 'organisation', closed, false],
		['public, not allowed by the organisation', viewer('member'), 'public', closed, false],
		['public, allowed by the organisation', viewer('member'), 'public', open, true],
		['public, without an organisation', viewer('member'), 'public', null, false],
		['a visitor', null, 'members', null, false]
	] as const)('%s', (_name, who, audience, organisation, expected) => {
		expect(canChooseAudience(who, audience, organisation)).toBe(expected);
	});
});

describe('readsInLists', () => {
	const none = { contentWarnings: [], hiddenTopics: [] };
	it.each([
		['a visitor, public', null, facts('public'), none, true],
		['a member elsewhere, members', viewer(null), facts('members'), none, true],
		['a member there, organisation', viewer('member'), facts('organisation'), none, true],
		[
			'a partner professional there, organisation',
			viewer('professional'),
			facts('organisation'),
			none,
			false
		],
		[
			'the author, a draft',
			viewer(null, { id: 'author' }),
			facts('members', { status: 'draft' }),
			none,
			false
		],
		['the author, hidden', viewer(null, { id: 'author' }), facts('members', { hidden: true }), none, false],
		['the author, an organisation left', viewer(null, { id: 'author' }), facts('organisation'), none, true],
		['a moderator there, hidden', viewer('moderator'), facts('organisation', { hidden: true }), none, false],
		['an admin, another organisation', viewer(null, { admin: true }), facts('organisation'), none, false],
		[
			'a member, a topic they hide',
			viewer('member'),
			facts('members'),
			{ contentWarnings: ['suicide', 'drugs'], hiddenTopics: ['drugs'] },
			false
		],
		[
			'a member, another topic',
			viewer('member'),
			facts('members'),
			{ contentWarnings: ['suicide'], hiddenTopics: ['drugs'] },
			true
		]
	] as const)('%s: %s', (_label, who, what, topics, expected) => {
		expect(readsInLists(who, what, topics)).toBe(expected);
	});
});
