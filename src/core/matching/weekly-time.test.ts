import { describe, expect, it } from 'vitest';
import {
	dayPartSlot,
	formatWeeklySlot,
	parseWeeklySlot,
	readableSlots,
	sharedWeeklyMinutes
} from './weekly-time';

describe('weekly slots', () => {
	it.each<[string, { day: string; start: number; end: number } | null]>([
		['mon-18:00-20:00', { day: 'mon', start: 1080, end: 1200 }],
		[' fri-22:00-02:00 ', { day: 'fri', start: 1320, end: 120 }],
		['monday-18:00-20:00', null],
		['mon-24:00-25:00', null],
		['mon-18:00-20:00\u0000', null],
		['lun-18:00-20:00', null],
		['', null]
	])('reads %j', (value, expected) => {
		expect(parseWeeklySlot(value)).toEqual(expected);
	});

	it.each([
		['mon', 'morning', 'mon-08:00-12:00'],
		['wed', 'afternoon', 'wed-12:00-18:00'],
		['sun', 'evening', 'sun-18:00-22:00']
	] as const)('stores %s %s as %s', (day, part, slot) => {
		expect(dayPartSlot(day, part)).toBe(slot);
		expect(formatWeeklySlot(parseWeeklySlot(slot)!)).toBe(slot);
	});

	it.each<[string, string[], string[], number]>([
		['nothing on either side', [], [], 0],
		['the same evening', ['mon-18:00-22:00'], ['mon-18:00-22:00'], 240],
		[
			'overlapping slots on one side count once',
			['mon-18:00-22:00', 'mon-19:00-21:00'],
			['mon-18:00-22:00'],
			240
		],
		['past midnight meets the next morning', ['fri-22:00-02:00'], ['sat-00:00-08:00'], 120],
		['the week wraps from Sunday to Monday', ['sun-23:00-01:00'], ['mon-00:00-12:00'], 60],
		['an end of 00:00 is midnight', ['tue-18:00-00:00'], ['tue-23:00-23:30'], 30],
		['different days', ['mon-08:00-12:00'], ['thu-08:00-12:00'], 0]
	])('shared minutes: %s', (_case, a, b, minutes) => {
		expect(sharedWeeklyMinutes(a, b)).toBe(minutes);
		expect(sharedWeeklyMinutes(b, a)).toBe(minutes);
	});

	it('joins touching slots of a day for reading, Monday first', () => {
		expect(
			readableSlots(['thu-18:00-22:00', 'mon-12:00-18:00', 'mon-08:00-12:00', 'fri-22:00-02:00', 'oops'])
		).toEqual([
			{ day: 'mon', start: 480, end: 1080 },
			{ day: 'thu', start: 1080, end: 1320 },
			{ day: 'fri', start: 1320, end: 120 }
		]);
	});
});
