import { parseWeeklySlot, type WeeklySlot } from '../matching/weekly-slots';

/** On-duty slots are wall-clock times in France, whatever the server's or the reader's time zone. */
export const ON_DUTY_TIME_ZONE = 'Europe/Paris';

const DAY_INDEX: Record<WeeklySlot['day'], number> = {
	mon: 0,
	tue: 1,
	wed: 2,
	thu: 3,
	fri: 4,
	sat: 5,
	sun: 6
};
const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const MINUTE = 60_000;

export type OnDuty = { status: 'now'; until: Date } | { status: 'next'; at: Date };

const wallClock = new Intl.DateTimeFormat('en-GB', {
	timeZone: ON_DUTY_TIME_ZONE,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

/** The wall-clock time in Paris of an instant, as milliseconds of a UTC date with the same digits. */
function parisWallTime(instant: Date): number {
	const parts = Object.fromEntries(
		wallClock.formatToParts(instant).map((part) => [part.type, Number(part.value)])
	);
	return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** The instant at which Paris clocks show the given wall time (the first one, around a clock change). */
function instantOfParisWallTime(wall: number): Date {
	let guess = wall - (parisWallTime(new Date(wall)) - wall);
	guess = wall - (parisWallTime(new Date(guess)) - guess);
	return new Date(guess);
}

/**
 * When someone is next on duty for these weekly slots: "now" (until when) when `now` falls inside one,
 * else the next start; null without any valid slot. Slots are read in Paris time.
 */
export function nextOnDuty(slots: readonly string[], now: Date): OnDuty | null {
	const wallNow = parisWallTime(now);
	const weekday = (new Date(wallNow).getUTCDay() + 6) % 7;
	const minuteOfWeek =
		weekday * MINUTES_PER_DAY + new Date(wallNow).getUTCHours() * 60 + new Date(wallNow).getUTCMinutes();
	let current: number | null = null;
	let next: number | null = null;
	for (const value of slots) {
		const slot = parseWeeklySlot(value);
		if (!slot) continue;
		const start = DAY_INDEX[slot.day] * MINUTES_PER_DAY + slot.start;
		const length = slot.end > slot.start ? slot.end - slot.start : slot.end + MINUTES_PER_DAY - slot.start;
		const sinceStart = (((minuteOfWeek - start) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
		if (sinceStart < length) {
			const left = length - sinceStart;
			current = Math.max(current ?? 0, left);
		} else {
			const untilStart = MINUTES_PER_WEEK - sinceStart;
			next = Math.min(next ?? Infinity, untilStart);
		}
	}
	// Whole minutes of wall time, so the answer reads "14:00", not "14:00:37".
	const wallMinute = wallNow - (wallNow % MINUTE);
	if (current !== null)
		return { status: 'now', until: instantOfParisWallTime(wallMinute + current * MINUTE) };
	if (next !== null) return { status: 'next', at: instantOfParisWallTime(wallMinute + next * MINUTE) };
	return null;
}

/** The earliest of several contacts' on-duty answers: "now" beats any "next". */
export function earliestOnDuty(answers: ReadonlyArray<OnDuty | null>): OnDuty | null {
	let best: OnDuty | null = null;
	for (const answer of answers) {
		if (!answer) continue;
		if (!best) best = answer;
		else if (answer.status === 'now' && (best.status !== 'now' || answer.until > best.until)) best = answer;
		else if (answer.status === 'next' && best.status === 'next' && answer.at < best.at) best = answer;
	}
	return best;
}
