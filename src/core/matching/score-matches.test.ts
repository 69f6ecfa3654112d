import { describe, expect, it } from 'vitest';
import {
	AREA_BONUS,
	AVAILABILITY_BONUS,
	availableTogether,
	isRare,
	rankMatches,
	rarityWeight,
	scoreCandidate,
	type MatchCandidate,
	type RarityContext
} from './score-matches';

// A small instance: 1,000 people; depression and alcohol are common, voice hearing is rare.
const context: RarityContext = {
	population: 1000,
	frequencies: new Map([
		['psy', 700],
		['psy/depression', 400],
		['psy/voices', 4],
		['psy/bipolar', 60],
		['addictions', 300],
		['addictions/alcohol', 250],
		['street', 30],
		['street/living-rough', 30]
	]),
	parents: new Map([
		['psy', null],
		['psy/depression', 'psy'],
		['psy/voices', 'psy'],
		['psy/bipolar', 'psy'],
		['addictions', null],
		['addictions/alcohol', 'addictions'],
		['street', null],
		['street/living-rough', 'street']
	])
};

const candidate = (
	supporterId: string,
	experienceIds: string[],
	extra: Partial<MatchCandidate> = {}
): MatchCandidate => ({
	supporterId,
	experienceIds,
	activeAccompaniments: 0,
	capacity: 3,
	area: null,
	availability: [],
	...extra
});

const order = (requested: string[], candidates: MatchCandidate[], area: string | null = null, seed = 'r1') =>
	rankMatches(requested, candidates, context, { area, seed }).map((match) => match.supporterId);

describe('rankMatches', () => {
	it.each<[string, string[], MatchCandidate[], string[]]>([
		[
			'a rare shared experience outranks two common ones',
			['psy/voices', 'psy/depression', 'addictions/alcohol'],
			[candidate('common', ['psy/depression', 'addictions/alcohol']), candidate('rare', ['psy/voices'])],
			['rare', 'common']
		],
		[
			'the same experience outranks the same branch',
			['psy/bipolar'],
			[candidate('branch', ['psy/depression']), candidate('same', ['psy/bipolar'])],
			['same', 'branch']
		],
		[
			'sharing nothing, not even a branch, is not a match',
			['street/living-rough'],
			[candidate('other', ['addictions/alcohol']), candidate('street', ['street/living-rough'])],
			['street']
		],
		[
			'equal scores go first to the least loaded supporter',
			['psy/bipolar'],
			[
				candidate('busy', ['psy/bipolar'], { activeAccompaniments: 2 }),
				candidate('free', ['psy/bipolar'], { activeAccompaniments: 0 }),
				candidate('half', ['psy/bipolar'], { activeAccompaniments: 1 })
			],
			['free', 'half', 'busy']
		],
		[
			'the area helps between equals but never beats a rarer shared experience',
			['psy/voices', 'psy/bipolar'],
			[
				candidate('near', ['psy/bipolar'], { area: '69' }),
				candidate('far', ['psy/bipolar'], { area: '75' }),
				candidate('rare-far', ['psy/voices'], { area: '13' })
			],
			['rare-far', 'near', 'far']
		]
	])('%s', (_name, requested, candidates, expected) => {
		expect(order(requested, candidates, '69')).toEqual(expected);
	});

	it('rotates supporters with equal score and load between requests', () => {
		const equals = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => candidate(id, ['psy/bipolar']));
		const firsts = new Set(
			Array.from({ length: 20 }, (_, index) => order(['psy/bipolar'], equals, null, `request-${index}`)[0])
		);
		expect(firsts.size).toBeGreaterThan(2);
		// Stable for one request: reloading the page shows the same order.
		expect(order(['psy/bipolar'], equals, null, 'same')).toEqual(
			order(['psy/bipolar'], equals, null, 'same')
		);
	});

	it('limits the list', () => {
		const many = Array.from({ length: 50 }, (_, index) => candidate(`s${index}`, ['psy/bipolar']));
		expect(rankMatches(['psy/bipolar'], many, context, { area: null, seed: 'x', limit: 20 })).toHaveLength(
			20
		);
	});
});

describe('scoreCandidate', () => {
	it('explains each shared experience, rarest first, and flags rare ones', () => {
		const match = scoreCandidate(
			['psy/depression', 'psy/voices'],
			candidate('s', ['psy/voices', 'psy/depression']),
			context,
			{ area: null }
		);
		expect(match.shared.map((shared) => [shared.requestedId, shared.closeness, shared.rare])).toEqual([
			['psy/voices', 'same', true],
			['psy/depression', 'same', false]
		]);
	});

	it('counts each requested experience once, even when several offered ones are close', () => {
		const match = scoreCandidate(['psy/bipolar'], candidate('s', ['psy/depression', 'psy/voices']), context, {
			area: null
		});
		expect(match.shared).toHaveLength(1);
		expect(match.shared[0]!.closeness).toBe('branch');
	});

	it('adds the area bonus only to real matches', () => {
		expect(
			scoreCandidate(['psy/bipolar'], candidate('s', ['street/living-rough'], { area: '69' }), context, {
				area: '69'
			}).score
		).toBe(0);
		const near = scoreCandidate(['psy/bipolar'], candidate('s', ['psy/bipolar'], { area: ' 69 ' }), context, {
			area: '69'
		});
		const far = scoreCandidate(['psy/bipolar'], candidate('s', ['psy/bipolar'], { area: '75' }), context, {
			area: '69'
		});
		expect(near.score - far.score).toBeCloseTo(AREA_BONUS);
	});
});

describe('availability in matching', () => {
	it.each<[string, string[], string[], boolean | null]>([
		['the requester said nothing: any time, no preference', [], ['mon-18:00-20:00'], null],
		['the supporter said nothing: unknown, no preference', ['mon-18:00-20:00'], [], null],
		['two hours in common', ['mon-18:00-22:00'], ['mon-17:00-20:00'], true],
		['exactly one hour in common', ['tue-08:00-12:00'], ['tue-11:00-13:00'], true],
		['half an hour is not a conversation', ['tue-08:00-12:00'], ['tue-11:30-13:00'], false],
		['same hours, another day', ['mon-18:00-20:00'], ['tue-18:00-20:00'], false],
		['touching slots share nothing', ['wed-12:00-18:00'], ['wed-18:00-22:00'], false],
		['past midnight into the next day', ['sat-00:00-02:00'], ['fri-22:00-02:00'], true],
		['Sunday night runs into Monday morning', ['mon-00:00-01:30'], ['sun-23:00-01:00'], true],
		['unreadable slots count for nothing', ['mon-18:00-20:00'], ['monday evening'], false]
	])('%s', (_case, requested, offered, expected) => {
		expect(availableTogether(requested, offered)).toBe(expected);
	});

	it.each<[string, MatchCandidate[], string[], string[]]>([
		[
			'prefers the supporter free at the same time, between equal experience fits',
			[
				candidate('mornings', ['psy/bipolar'], { availability: ['mon-08:00-12:00'] }),
				candidate('evenings', ['psy/bipolar'], { availability: ['mon-18:00-22:00'] })
			],
			['mon-18:00-22:00'],
			['evenings', 'mornings']
		],
		[
			'an exact shared experience still beats only a branch plus overlapping times',
			[
				candidate('branch-but-free', ['psy/depression'], { availability: ['mon-18:00-22:00'] }),
				candidate('same-but-busy', ['psy/bipolar'], { availability: ['tue-08:00-12:00'] })
			],
			['mon-18:00-22:00'],
			['same-but-busy', 'branch-but-free']
		],
		[
			'overlapping times alone never make a match',
			[candidate('free-only', ['street/living-rough'], { availability: ['mon-18:00-22:00'] })],
			['mon-18:00-22:00'],
			[]
		]
	])('%s', (_case, candidates, availability, expected) => {
		expect(
			rankMatches(['psy/bipolar'], candidates, context, { area: null, availability, seed: 'r1' }).map(
				(match) => match.supporterId
			)
		).toEqual(expected);
	});

	it('weighs less than any exact shared experience, even with the area bonus', () => {
		const everybody = context.population;
		const smallestExactWeight = rarityWeight(everybody, everybody);
		expect(AVAILABILITY_BONUS + AREA_BONUS).toBeLessThan(smallestExactWeight);
		expect(AVAILABILITY_BONUS).toBeGreaterThan(AREA_BONUS);
	});
});

describe('rarity', () => {
	it.each([
		[0, 1000, true],
		[5, 1000, true],
		[20, 1000, true],
		[21, 1000, false],
		[400, 1000, false]
	])('%i people out of %i: rare is %s', (frequency, population, expected) => {
		expect(isRare(frequency, population)).toBe(expected);
	});

	it('weighs rare experiences more than common ones', () => {
		expect(rarityWeight(4, 1000)).toBeGreaterThan(2 * rarityWeight(400, 1000));
		expect(rarityWeight(1000, 1000)).toBeGreaterThan(0);
	});
});
