import { WEEK_DAYS } from './offer-vocabulary';

// Pure weekly-slot arithmetic, without zod: the weekly form and the words for availability use it in the
// browser too.

/**
 * Weekly slots such as "mon-14:00-18:00", shared by a supporter's availability and an organisation's
 * on-duty contacts. An end at or before the start runs past midnight ("fri-22:00-02:00").
 */
export type WeekDay = (typeof WEEK_DAYS)[number];

export interface WeeklySlot {
	day: WeekDay;
	/** Minutes after midnight. */
	start: number;
	end: number;
}

export const SLOT_PATTERN = new RegExp(
	`^(${WEEK_DAYS.join('|')})-([01]\\d|2[0-3]):([0-5]\\d)-([01]\\d|2[0-3]):([0-5]\\d)$`
);

/** The parts of a slot string, or null when it is not one. */
export function parseWeeklySlot(value: string): WeeklySlot | null {
	const match = SLOT_PATTERN.exec(value.trim());
	if (!match) return null;
	const [, day, startHour, startMinute, endHour, endMinute] = match;
	return {
		day: day as WeekDay,
		start: Number(startHour) * 60 + Number(startMinute),
		end: Number(endHour) * 60 + Number(endMinute)
	};
}

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/**
 * The parts of a day the weekly form offers (one checkbox per day and part: 21 in all, usable on a phone
 * without JavaScript). Each is stored as an ordinary slot ("mon-18:00-22:00"), so the format stays one.
 */
export const DAY_PARTS = {
	morning: { start: 8 * 60, end: 12 * 60 },
	afternoon: { start: 12 * 60, end: 18 * 60 },
	evening: { start: 18 * 60, end: 22 * 60 }
} as const;
export type DayPart = keyof typeof DAY_PARTS;
export const DAY_PART_NAMES = ['morning', 'afternoon', 'evening'] as const satisfies readonly DayPart[];

const clock = (minutes: number) =>
	`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The stored form of a slot: "mon-18:00-20:00" (an end of midnight is written 00:00). */
export function formatWeeklySlot(slot: WeeklySlot): string {
	return `${slot.day}-${clock(slot.start)}-${clock(slot.end % MINUTES_PER_DAY)}`;
}

/** The stored slot of one day part ("mon", "evening" -> "mon-18:00-22:00"). */
export function dayPartSlot(day: WeekDay, part: DayPart): string {
	return formatWeeklySlot({ day, ...DAY_PARTS[part] });
}

/** Where a slot lies on the week, in minutes from Monday 00:00, as half-open intervals (a wrap splits). */
function weekIntervals(slot: WeeklySlot): Array<[number, number]> {
	const start = WEEK_DAYS.indexOf(slot.day) * MINUTES_PER_DAY + slot.start;
	const length = slot.end > slot.start ? slot.end - slot.start : slot.end + MINUTES_PER_DAY - slot.start;
	const end = start + length;
	return end <= MINUTES_PER_WEEK
		? [[start, end]]
		: [
				[start, MINUTES_PER_WEEK],
				[0, end - MINUTES_PER_WEEK]
			];
}

/** The union of a list of slots on the week line, sorted, overlapping and touching intervals joined. */
function weekCoverage(slots: readonly string[]): Array<[number, number]> {
	const intervals = slots
		.map(parseWeeklySlot)
		.filter((slot): slot is WeeklySlot => slot !== null)
		.flatMap(weekIntervals)
		.sort((a, b) => a[0] - b[0]);
	const union: Array<[number, number]> = [];
	for (const [start, end] of intervals) {
		const last = union.at(-1);
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else union.push([start, end]);
	}
	return union;
}

/** How many minutes a week two lists of slots have in common (unreadable slots count for nothing). */
export function sharedWeeklyMinutes(a: readonly string[], b: readonly string[]): number {
	const left = weekCoverage(a);
	const right = weekCoverage(b);
	let shared = 0;
	for (const [startA, endA] of left)
		for (const [startB, endB] of right)
			shared += Math.max(0, Math.min(endA, endB) - Math.max(startA, startB));
	return shared;
}

/**
 * Slots for reading, Monday first: slots of the same day that touch or overlap are joined ("mon 08-12" and
 * "mon 12-18" read "le lundi de 8 h à 18 h"); a slot running past midnight stays as written.
 */
export function readableSlots(slots: readonly string[]): WeeklySlot[] {
	const parsed = slots
		.map(parseWeeklySlot)
		.filter((slot): slot is WeeklySlot => slot !== null)
		.sort((a, b) => WEEK_DAYS.indexOf(a.day) - WEEK_DAYS.indexOf(b.day) || a.start - b.start);
	const joined: WeeklySlot[] = [];
	for (const slot of parsed) {
		const last = joined.at(-1);
		const sameDay = last && last.day === slot.day && last.end > last.start && slot.end > slot.start;
		if (last && sameDay && slot.start <= last.end) last.end = Math.max(last.end, slot.end);
		else joined.push({ ...slot });
	}
	return joined;
}
