import { describe, expect, it } from 'vitest';
import {
	canSeeRevision,
	confirmationCountsFrom,
	namesPeoplePerExperience,
	needsNuance,
	seesExperienceCounts,
	showsConfirmationName,
	type RevisionFacts
} from './response-policy';
import type { KnowledgeViewer } from './policy';

const reader = (accountId: string): KnowledgeViewer => ({
	accountId,
	isInstanceAdmin: false,
	roles: new Map(),
	moderates: new Set()
});

describe('the rules of confirmations', () => {
	it('counts a confirmation seven days after the account was created', () => {
		expect(confirmationCountsFrom(new Date('2026-12-01T10:00:00Z'))).toEqual(
			new Date('2026-12-08T10:00:00Z')
		);
	});

	it.each([
		['worked', false],
		['different', true],
		['did_not_work', false]
	] as const)('a "%s" confirmation needs a nuance: %s', (kind, expected) => {
		expect(needsNuance(kind)).toBe(expected);
	});

	it.each([
		['consent, signed-in reader', true, reader('r'), true],
		['no consent', false, reader('r'), false],
		['consent, visitor', true, null, false]
	] as const)('names the writer of a nuance: %s', (_name, showName, viewer, expected) => {
		expect(showsConfirmationName(showName, viewer)).toBe(expected);
	});

	it.each([
		['organisation', true, true],
		['members', true, true],
		['public', true, false],
		['members', false, false]
	] as const)(
		'names people per experience on a %s contribution with consent %s: %s',
		(audience, showName, expected) => {
			expect(namesPeoplePerExperience(showName, audience)).toBe(expected);
		}
	);

	it('shows counts per experience to signed-in readers only', () => {
		expect(seesExperienceCounts(reader('r'))).toBe(true);
		expect(seesExperienceCounts(null)).toBe(false);
	});
});

describe('who sees a revision', () => {
	const pending: RevisionFacts = { proposerId: 'p', authorId: 'a', status: 'pending', hidden: false };
	it.each([
		['the author sees a pending one', reader('a'), pending, true],
		['the proposer sees theirs', reader('p'), pending, true],
		['another reader does not see a pending one', reader('x'), pending, false],
		['a visitor does not see a declined one', null, { ...pending, status: 'declined' }, false],
		['everyone sees an accepted one', null, { ...pending, status: 'accepted' }, true],
		['nobody sees a hidden one', reader('a'), { ...pending, hidden: true }, false],
		['an erased proposer leaves it to the author', reader('a'), { ...pending, proposerId: null }, true]
	] as const)('%s', (_name, viewer, revision, expected) => {
		expect(canSeeRevision(viewer, revision as RevisionFacts)).toBe(expected);
	});
});
