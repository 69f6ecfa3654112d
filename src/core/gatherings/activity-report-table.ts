// The pure half of the activity report: counted rows (one per group and month, from one SQL query) summed
// per group, per month and in all, and written as CSV. Nothing here can hold a name: the rows carry counts,
// a group's title and kind, and a month.
import { csvCell } from '../knowledge/research-dataset-rows';
import type { GroupKind } from './vocabulary';

export const ACTIVITY_COUNTS = ['held', 'recorded', 'attendedRegistered', 'walkIns', 'cancelled'] as const;
export type ActivityCount = (typeof ACTIVITY_COUNTS)[number];
/**
 * held: sessions that took place (not cancelled, started); recorded: of those, with attendance recorded;
 * attendedRegistered: registered people who came; walkIns: people who came without registering;
 * cancelled: sessions cancelled.
 */
export type ActivityCounts = Record<ActivityCount, number>;

export interface ActivityRow extends ActivityCounts {
	groupId: string;
	title: string;
	kind: GroupKind;
	month: string;
}

export interface GroupActivity {
	groupId: string;
	title: string;
	kind: GroupKind;
	/** The months of the period with at least one session of this group, in order. */
	months: Array<ActivityCounts & { month: string }>;
	total: ActivityCounts;
}

export interface ActivitySummary {
	groups: GroupActivity[];
	/** Every month of the period, all groups together (zeros included). */
	months: Array<ActivityCounts & { month: string }>;
	total: ActivityCounts;
}

const zero = (): ActivityCounts => ({
	held: 0,
	recorded: 0,
	attendedRegistered: 0,
	walkIns: 0,
	cancelled: 0
});
const add = (into: ActivityCounts, counts: ActivityCounts) => {
	for (const count of ACTIVITY_COUNTS) into[count] += counts[count];
};
const countsOf = (row: ActivityCounts): ActivityCounts =>
	Object.fromEntries(ACTIVITY_COUNTS.map((count) => [count, row[count]])) as ActivityCounts;

/** Sums the rows by group (in the rows' order) and by month (every month of the period). */
export function summariseActivity(rows: ActivityRow[], months: string[]): ActivitySummary {
	const groups = new Map<string, GroupActivity>();
	const byMonth = new Map(months.map((month) => [month, zero()]));
	const total = zero();
	for (const row of rows) {
		const inMonth = byMonth.get(row.month);
		if (!inMonth) continue;
		let group = groups.get(row.groupId);
		if (!group) {
			group = { groupId: row.groupId, title: row.title, kind: row.kind, months: [], total: zero() };
			groups.set(row.groupId, group);
		}
		group.months.push({ month: row.month, ...countsOf(row) });
		add(group.total, row);
		add(inMonth, row);
		add(total, row);
	}
	for (const group of groups.values()) group.months.sort((a, b) => a.month.localeCompare(b.month));
	return {
		groups: [...groups.values()],
		months: months.map((month) => ({ month, ...byMonth.get(month)! })),
		total
	};
}

/** The words of the CSV, in the reader's language. */
export interface ActivityCsvLabels {
	group: string;
	kind: string;
	month: string;
	counts: Record<ActivityCount, string>;
	kindName: (kind: GroupKind) => string;
	/** The group column of the lines that add up every group. */
	allGroups: string;
	/** The month column of the last line (the whole period). */
	wholePeriod: string;
}

/**
 * The report as CSV (RFC 4180: a header line, CRLF line ends), after a UTF-8 byte order mark so that
 * spreadsheets read accents right: one line per group and month with sessions, then one per month of the
 * period for all groups, then the whole period.
 */
export function activityReportCsv(summary: ActivitySummary, labels: ActivityCsvLabels): string {
	const line = (cells: Array<string | number>) => cells.map((cell) => csvCell(cell)).join(',');
	const counts = (row: ActivityCounts) => ACTIVITY_COUNTS.map((count) => row[count]);
	const lines = [
		line([labels.group, labels.kind, labels.month, ...ACTIVITY_COUNTS.map((count) => labels.counts[count])])
	];
	for (const group of summary.groups)
		for (const month of group.months)
			lines.push(line([group.title, labels.kindName(group.kind), month.month, ...counts(month)]));
	for (const month of summary.months) lines.push(line([labels.allGroups, '', month.month, ...counts(month)]));
	lines.push(line([labels.allGroups, '', labels.wholePeriod, ...counts(summary.total)]));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
