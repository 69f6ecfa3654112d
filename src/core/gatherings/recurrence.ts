import rrulePackage from 'rrule';

// rrule is CommonJS: named imports break under plain Node ESM in production.
const { RRule } = rrulePackage;

/**
 * Schedule arithmetic, pure. A recurring schedule is read in its time zone's WALL time: the rule runs on
 * "floating" dates (the wall clock written as if it were UTC), and each wall time is then placed in the
 * zone, so a session at 18:00 stays at 18:00 across daylight-saving changes (17:00Z in winter, 16:00Z in
 * summer in Paris).
 */

export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** What the schedule form offers: no RRULE typing by people. */
export const REPEATS = ['never', 'weekly', 'fortnightly', 'monthly'] as const;
export type Repeat = (typeof REPEATS)[number];

/** The parts of RFC 5545 a schedule may use. */
const ALLOWED_PARTS = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'COUNT', 'UNTIL']);
const ALLOWED_FREQUENCIES = new Set(['WEEKLY', 'DAILY', 'MONTHLY']);
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

const wallFormatters = new Map<string, Intl.DateTimeFormat>();
function wallFormatter(timeZone: string): Intl.DateTimeFormat {
	let formatter = wallFormatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		wallFormatters.set(timeZone, formatter);
	}
	return formatter;
}

/** Whether the runtime knows this IANA time zone. */
export function isTimeZone(timeZone: string): boolean {
	try {
		wallFormatter(timeZone);
		return true;
	} catch {
		return false;
	}
}

/** The wall clock of an instant in a zone, as a floating date (its UTC fields are the wall fields). */
export function utcToWall(instant: Date, timeZone: string): Date {
	const parts = Object.fromEntries(
		wallFormatter(timeZone)
			.formatToParts(instant)
			.map((part) => [part.type, Number(part.value)])
	);
	return new Date(
		Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!)
	);
}

const offsetAt = (instant: number, timeZone: string) =>
	utcToWall(new Date(instant), timeZone).getTime() - Math.floor(instant / 1000) * 1000;

/**
 * The instant a floating wall time names in a zone. A wall time skipped by the spring change (02:30 on the
 * last Sunday of March) lands an hour later; one repeated in autumn takes its first (summer) instant.
 */
export function wallToUtc(wall: Date, timeZone: string): Date {
	const w = wall.getTime();
	const before = offsetAt(w - 43_200_000, timeZone);
	const after = offsetAt(w + 43_200_000, timeZone);
	const valid = [w - before, w - after].filter((instant) => offsetAt(instant, timeZone) === w - instant);
	return new Date(valid.length > 0 ? Math.min(...valid) : w - before);
}

/** A floating wall time from a form's date ('2026-12-08') and time ('18:00'); null when not a real date. */
export function wallFromForm(date: string, time: string): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const clock = /^(\d{2}):(\d{2})$/.exec(time);
	if (!match || !clock) return null;
	const [year, month, day, hour, minute] = [...match.slice(1), ...clock.slice(1)].map(Number) as number[];
	const wall = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!));
	const valid =
		wall.getUTCFullYear() === year && wall.getUTCMonth() === month! - 1 && wall.getUTCDate() === day;
	return valid && hour! < 24 && minute! < 60 ? wall : null;
}

/**
 * The RRULE for what the form offers, from the first occurrence's wall time: every week or two on its
 * weekday, or every month on the same weekday of the month (the 2nd Tuesday; the last one when it is the
 * 5th). Ends after `count` occurrences, or on `untilDate` (inclusive, wall date), or never. Null: one-off.
 */
export function ruleFromForm(
	firstWall: Date,
	repeat: Repeat,
	end: { untilDate?: string | null; count?: number | null } = {}
): string | null {
	if (repeat === 'never') return null;
	const weekday = WEEKDAYS[firstWall.getUTCDay()]!;
	const parts =
		repeat === 'monthly'
			? ['FREQ=MONTHLY', `BYDAY=${monthlyPosition(firstWall)}${weekday}`]
			: ['FREQ=WEEKLY', ...(repeat === 'fortnightly' ? ['INTERVAL=2'] : []), `BYDAY=${weekday}`];
	if (end.count) parts.push(`COUNT=${end.count}`);
	else if (end.untilDate) parts.push(`UNTIL=${end.untilDate.replaceAll('-', '')}T235959Z`);
	return parts.join(';');
}

function monthlyPosition(wall: Date): string {
	const nth = Math.ceil(wall.getUTCDate() / 7);
	return nth >= 5 ? '-1' : String(nth);
}

/** Whether a stored rule uses only the supported subset (FREQ=WEEKLY/DAILY/MONTHLY, INTERVAL, BYDAY, COUNT, UNTIL). */
export function isSupportedRule(rule: string): boolean {
	const entries = rule.split(';').map((part) => part.split('='));
	if (entries.some(([key, value]) => !key || !value || !ALLOWED_PARTS.has(key))) return false;
	const frequency = entries.find(([key]) => key === 'FREQ')?.[1];
	if (!frequency || !ALLOWED_FREQUENCIES.has(frequency)) return false;
	try {
		RRule.parseString(rule);
		return true;
	} catch {
		return false;
	}
}

export interface Schedule {
	/** The first occurrence, in UTC. */
	startsAt: Date;
	timeZone: string;
	/** Null: a one-off session. */
	rrule: string | null;
	/** Occurrences left out (EXDATE-like), by their UTC start. */
	exceptions?: readonly Date[];
}

/** The UTC starts of a schedule's occurrences within [from, until], in order. */
export function expandOccurrences(schedule: Schedule, window: { from: Date; until: Date }): Date[] {
	const skipped = new Set((schedule.exceptions ?? []).map((date) => date.getTime()));
	const within = (date: Date) => date >= window.from && date <= window.until && !skipped.has(date.getTime());
	if (!schedule.rrule) return within(schedule.startsAt) ? [schedule.startsAt] : [];
	const rule = new RRule({
		...RRule.parseString(schedule.rrule),
		dtstart: utcToWall(schedule.startsAt, schedule.timeZone),
		tzid: null
	});
	// The window is widened by a day on each side in wall time; the exact bounds apply to real instants.
	const day = 86_400_000;
	const walls = rule.between(
		new Date(utcToWall(window.from, schedule.timeZone).getTime() - day),
		new Date(utcToWall(window.until, schedule.timeZone).getTime() + day),
		true
	);
	return walls.map((wall) => wallToUtc(wall, schedule.timeZone)).filter(within);
}
