import { describe, expect, it } from 'vitest';
import {
	expandOccurrences,
	isSupportedRule,
	ruleFromForm,
	utcToWall,
	wallFromForm,
	wallToUtc
} from './recurrence';

const PARIS = 'Europe/Paris';
const iso = (dates: Date[]) => dates.map((date) => date.toISOString().replace('.000', ''));
const from = (date: string, time: string) => wallToUtc(wallFromForm(date, time)!, PARIS);

describe('wallToUtc', () => {
	it.each([
		['2026-12-08', '18:00', '2026-12-08T17:00:00Z'],
		['2026-07-07', '18:00', '2026-07-07T16:00:00Z'],
		// Last Sunday of March 2026: 02:30 does not exist, it lands an hour later (03:30 CEST).
		['2026-03-29', '02:30', '2026-03-29T01:30:00Z'],
		// Last Sunday of October 2026: 02:30 happens twice, the first (summer) one is taken.
		['2026-10-25', '02:30', '2026-10-25T00:30:00Z'],
		['2026-10-25', '03:30', '2026-10-25T02:30:00Z']
	])('places %s %s (Paris) at %s', (date, time, expected) => {
		expect(from(date, time).toISOString().replace('.000', '')).toBe(expected);
	});

	it('reads back the wall time it placed', () => {
		const wall = wallFromForm('2027-03-28', '18:00')!;
		expect(utcToWall(wallToUtc(wall, PARIS), PARIS)).toEqual(wall);
	});
});

describe('wallFromForm', () => {
	it.each([
		['2026-02-30', '10:00'],
		['2026-12-08', '24:00'],
		['2026-12-8', '10:00'],
		['2026-12-08', '10h00']
	])('refuses %s %s', (date, time) => expect(wallFromForm(date, time)).toBeNull());
});

describe('ruleFromForm', () => {
	const tuesday = wallFromForm('2026-12-08', '18:00')!;
	it.each([
		['never', {}, null],
		['weekly', {}, 'FREQ=WEEKLY;BYDAY=TU'],
		['fortnightly', { count: 10 }, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10'],
		['monthly', { untilDate: '2027-06-30' }, 'FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630T235959Z']
	] as const)('%s %o gives %s', (repeat, end, expected) => {
		expect(ruleFromForm(tuesday, repeat, end)).toBe(expected);
	});

	it('takes the last weekday of the month for a 5th one', () => {
		expect(ruleFromForm(wallFromForm('2026-12-29', '18:00')!, 'monthly')).toBe('FREQ=MONTHLY;BYDAY=-1TU');
	});
});

describe('isSupportedRule', () => {
	it.each([
		['FREQ=WEEKLY;BYDAY=TU;COUNT=20', true],
		['FREQ=DAILY;INTERVAL=2;UNTIL=20270101T235959Z', true],
		['FREQ=MONTHLY;BYDAY=-1SA', true],
		['FREQ=HOURLY', false],
		['FREQ=WEEKLY;BYSETPOS=1', false],
		['RRULE:FREQ=WEEKLY', false],
		['', false]
	])('%s: %s', (rule, supported) => expect(isSupportedRule(rule)).toBe(supported));
});

describe('expandOccurrences', () => {
	const window = { from: new Date('2026-01-01T00:00:00Z'), until: new Date('2027-12-31T00:00:00Z') };

	it('keeps 18:00 at 18:00 across the last Sunday of March (weekly, Sunday)', () => {
		const schedule = { startsAt: from('2026-03-22', '18:00'), timeZone: PARIS, rrule: 'FREQ=WEEKLY;COUNT=3' };
		expect(iso(expandOccurrences(schedule, window))).toEqual([
			'2026-03-22T17:00:00Z',
			'2026-03-29T16:00:00Z',
			'2026-04-05T16:00:00Z'
		]);
	});

	it('keeps 18:00 at 18:00 across the last Sunday of October', () => {
		const schedule = { startsAt: from('2026-10-18', '18:00'), timeZone: PARIS, rrule: 'FREQ=WEEKLY;COUNT=3' };
		expect(iso(expandOccurrences(schedule, window))).toEqual([
			'2026-10-18T16:00:00Z',
			'2026-10-25T17:00:00Z',
			'2026-11-01T17:00:00Z'
		]);
	});

	it('keeps a Tuesday group at 18:00 through the spring of 2027', () => {
		const schedule = {
			startsAt: from('2027-03-23', '18:00'),
			timeZone: PARIS,
			rrule: ruleFromForm(wallFromForm('2027-03-23', '18:00')!, 'weekly', { untilDate: '2027-04-06' })
		};
		expect(iso(expandOccurrences(schedule, window))).toEqual([
			'2027-03-23T17:00:00Z',
			'2027-03-30T16:00:00Z',
			'2027-04-06T16:00:00Z'
		]);
	});

	it('keeps 10:00 daily at 10:00 across the change, with an exception left out', () => {
		const schedule = {
			startsAt: from('2026-03-28', '10:00'),
			timeZone: PARIS,
			rrule: 'FREQ=DAILY;COUNT=4',
			exceptions: [from('2026-03-30', '10:00')]
		};
		expect(iso(expandOccurrences(schedule, window))).toEqual([
			'2026-03-28T09:00:00Z',
			'2026-03-29T08:00:00Z',
			'2026-03-31T08:00:00Z'
		]);
	});

	it('repeats monthly on the same weekday of the month', () => {
		const first = wallFromForm('2026-10-10', '10:00')!; // 2nd Saturday
		const schedule = {
			startsAt: wallToUtc(first, PARIS),
			timeZone: PARIS,
			rrule: ruleFromForm(first, 'monthly', { count: 3 })
		};
		expect(iso(expandOccurrences(schedule, window))).toEqual([
			'2026-10-10T08:00:00Z',
			'2026-11-14T09:00:00Z',
			'2026-12-12T09:00:00Z'
		]);
	});

	it('every two weeks, only within the window asked', () => {
		const schedule = {
			startsAt: from('2026-12-08', '18:00'),
			timeZone: PARIS,
			rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'
		};
		const dates = expandOccurrences(schedule, {
			from: new Date('2026-12-20T00:00:00Z'),
			until: new Date('2027-01-20T00:00:00Z')
		});
		expect(iso(dates)).toEqual(['2026-12-22T17:00:00Z', '2027-01-05T17:00:00Z', '2027-01-19T17:00:00Z']);
	});

	it('gives a one-off session once, and nothing outside the window', () => {
		const schedule = { startsAt: from('2026-12-08', '18:00'), timeZone: PARIS, rrule: null };
		expect(expandOccurrences(schedule, window)).toHaveLength(1);
		expect(
			expandOccurrences(schedule, { from: new Date('2027-01-01'), until: new Date('2027-02-01') })
		).toEqual([]);
	});
});
