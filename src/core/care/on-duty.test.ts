import { describe, expect, it } from 'vitest';
import { earliestOnDuty, nextOnDuty } from './on-duty';

// 26 November 2026 is a Thursday; Paris is UTC+1 in winter, UTC+2 in summer (from 29 March 2026, 02:00).
describe('when someone is next on duty (Paris time)', () => {
	it.each([
		[
			'inside a slot',
			['thu-14:00-18:00'],
			'2026-11-26T13:30:00Z',
			{ status: 'now', until: '2026-11-26T17:00:00Z' }
		],
		[
			'before a slot the same day',
			['thu-15:00-18:00'],
			'2026-11-26T13:30:00Z',
			{ status: 'next', at: '2026-11-26T14:00:00Z' }
		],
		[
			'a later day of the week',
			['mon-09:00-12:00'],
			'2026-11-26T13:30:00Z',
			{ status: 'next', at: '2026-11-30T08:00:00Z' }
		],
		[
			'the same weekday, already past',
			['thu-09:00-12:00'],
			'2026-11-26T13:30:00Z',
			{ status: 'next', at: '2026-12-03T08:00:00Z' }
		],
		[
			'at the very end of a slot',
			['thu-14:00-18:00'],
			'2026-11-26T17:00:00Z',
			{ status: 'next', at: '2026-12-03T13:00:00Z' }
		],
		[
			'at the very start of a slot',
			['thu-14:00-18:00'],
			'2026-11-26T13:00:00Z',
			{ status: 'now', until: '2026-11-26T17:00:00Z' }
		],
		[
			'in an overnight slot after midnight',
			['wed-22:00-02:00'],
			'2026-11-25T23:30:00Z',
			{ status: 'now', until: '2026-11-26T01:00:00Z' }
		],
		[
			'in summer time',
			['thu-14:00-18:00'],
			'2026-07-02T12:30:00Z',
			{ status: 'now', until: '2026-07-02T16:00:00Z' }
		],
		[
			'across the spring clock change',
			['sun-10:00-12:00'],
			'2026-03-28T12:00:00Z',
			{ status: 'next', at: '2026-03-29T08:00:00Z' }
		],
		[
			'with the earliest of several slots',
			['fri-10:00-11:00', 'thu-20:00-21:00', 'bad-slot'],
			'2026-11-26T13:30:00Z',
			{ status: 'next', at: '2026-11-26T19:00:00Z' }
		],
		[
			'near midnight UTC, already Friday in Paris',
			['fri-00:00-08:00'],
			'2026-11-26T23:30:00Z',
			{ status: 'now', until: '2026-11-27T07:00:00Z' }
		]
	])('%s', (_case, slots, now, expected) => {
		const answer = nextOnDuty(slots, new Date(now));
		const serialised =
			answer?.status === 'now'
				? { status: 'now', until: answer.until.toISOString().replace('.000', '') }
				: answer?.status === 'next'
					? { status: 'next', at: answer.at.toISOString().replace('.000', '') }
					: null;
		expect(serialised).toEqual(expected);
	});

	it('has no answer without a valid slot', () => {
		expect(nextOnDuty([], new Date('2026-11-26T13:30:00Z'))).toBeNull();
		expect(nextOnDuty(['lundi-14h-18h'], new Date('2026-11-26T13:30:00Z'))).toBeNull();
	});

	it('prefers someone on duty now over anyone later, and the earliest next time otherwise', () => {
		const later = { status: 'next' as const, at: new Date('2026-11-27T10:00:00Z') };
		const sooner = { status: 'next' as const, at: new Date('2026-11-26T18:00:00Z') };
		const now = { status: 'now' as const, until: new Date('2026-11-26T17:00:00Z') };
		expect(earliestOnDuty([later, null, sooner])).toEqual(sooner);
		expect(earliestOnDuty([later, now, sooner])).toEqual(now);
		expect(earliestOnDuty([null])).toBeNull();
	});
});
