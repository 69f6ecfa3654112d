// The pure half of the organisation's activity report: who may read it, and the period it covers (whole
// months in the organisation's time zone). Table-tested in activity-report-policy.test.ts.
import type { Viewer } from '../organisations/policy';
import { utcToWall, wallToUtc } from './recurrence';

/**
 * Only the organisation's active coordinators read its activity report (counts, never names): not its
 * other members, not the instance's administrators (they run the instance, not the organisation).
 */
export const canReadActivityReport = (viewer: Viewer): boolean =>
	viewer?.membership?.status === 'active' && viewer.membership.role === 'coordinator';

/** A month as 'YYYY-MM' (what `<input type="month">` sends). */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** A report covers at most three years: a funder's annual report, with room to compare. */
export const MAX_REPORT_MONTHS = 36;
/** Without a choice: the twelve months up to and including the current one. */
export const DEFAULT_REPORT_MONTHS = 12;

export interface ReportPeriod {
	from: string;
	to: string;
	/** Every month of the period, in order ('YYYY-MM'). */
	months: string[];
	/** The instants that bound it: from the first month's first midnight to the month after the last. */
	startsAt: Date;
	endsBefore: Date;
}

const monthIndex = (month: string) => {
	const [, year, number] = MONTH_PATTERN.exec(month)!;
	return Number(year) * 12 + Number(number) - 1;
};
const monthOf = (index: number) =>
	`${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
const firstMidnight = (index: number, timeZone: string) =>
	wallToUtc(new Date(Date.UTC(Math.floor(index / 12), index % 12, 1)), timeZone);

/**
 * The period asked for, or the default one (the last twelve months up to `now`'s month in the zone). Null
 * when it runs backwards or is longer than MAX_REPORT_MONTHS (the caller says which field is wrong).
 */
export function resolveReportPeriod(
	asked: { from?: string; to?: string },
	now: Date,
	timeZone: string
): ReportPeriod | null {
	const wall = utcToWall(now, timeZone);
	const current = wall.getUTCFullYear() * 12 + wall.getUTCMonth();
	const to = asked.to ? monthIndex(asked.to) : current;
	const from = asked.from ? monthIndex(asked.from) : to - (DEFAULT_REPORT_MONTHS - 1);
	if (from > to || to - from + 1 > MAX_REPORT_MONTHS) return null;
	const months = Array.from({ length: to - from + 1 }, (_, offset) => monthOf(from + offset));
	return {
		from: monthOf(from),
		to: monthOf(to),
		months,
		startsAt: firstMidnight(from, timeZone),
		endsBefore: firstMidnight(to + 1, timeZone)
	};
}
