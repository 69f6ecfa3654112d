import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { peerGroups, sessionOccurrences } from '../../db/schema';
import { loadOrganisationForActor } from '../organisations/queries';
import { slugField } from '../organisations/schemas';
import { authorize, DomainError, parseInput, requireActor, type Ctx } from '../shared';
import {
	canReadActivityReport,
	MAX_REPORT_MONTHS,
	MONTH_PATTERN,
	resolveReportPeriod
} from './activity-report-policy';
import { summariseActivity, type ActivityRow } from './activity-report-table';
import { DEFAULT_TIME_ZONE } from './recurrence';

const monthField = z.preprocess(
	(value) => (value === '' || value === null ? undefined : value),
	z.string().trim().regex(MONTH_PATTERN, 'validation.activityReport.month').optional()
);

export const ActivityReportSchema = z.object({
	slug: slugField,
	/** The first month, 'YYYY-MM' (default: eleven months before `to`). */
	from: monthField,
	/** The last month, 'YYYY-MM' (default: the current month). */
	to: monthField
});
export type ActivityReportInput = z.input<typeof ActivityReportSchema>;

/**
 * The organisation's activity in its groups, for its coordinators (NOT_FOUND for anyone else): per group
 * and per month of the period (months in Paris time), the sessions held, those whose attendance was
 * recorded, the registered people who came, the people who came without registering, and the sessions
 * cancelled. Counts only, read from the occurrences (so a person erasing their attendance history leaves
 * them as they were); never a name nor an account.
 */
export async function activityReport(ctx: Ctx, input: ActivityReportInput) {
	const actor = requireActor(ctx);
	const { slug, from, to } = parseInput(ActivityReportSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	authorize(canReadActivityReport(viewer), 'activity-report');
	const now = ctx.clock.now();
	const period = resolveReportPeriod({ from, to }, now, DEFAULT_TIME_ZONE);
	if (!period)
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'from', message: 'validation.activityReport.period' }
		]);
	const held = sql`${sessionOccurrences.status} = 'scheduled' and ${sessionOccurrences.startsAt} <= ${now.toISOString()}::timestamptz`;
	// The zone written into the statement (a constant of the code, not input): as a bound parameter, each
	// use would be a different expression and the month could not be grouped by.
	const zone = sql.raw(`'${DEFAULT_TIME_ZONE.replaceAll("'", '')}'`);
	const month = sql<string>`to_char(${sessionOccurrences.startsAt} at time zone ${zone}, 'YYYY-MM')`;
	const rows = await ctx.db
		.select({
			groupId: peerGroups.id,
			title: peerGroups.title,
			kind: peerGroups.kind,
			month,
			held: sql<number>`(count(*) filter (where ${held}))::int`,
			recorded: sql<number>`(count(*) filter (where ${held} and ${sessionOccurrences.attendanceRecordedAt} is not null))::int`,
			attendedRegistered: sql<number>`coalesce(sum(${sessionOccurrences.attendedCount}) filter (where ${held}), 0)::int`,
			walkIns: sql<number>`coalesce(sum(${sessionOccurrences.walkInCount}) filter (where ${held}), 0)::int`,
			cancelled: sql<number>`(count(*) filter (where ${sessionOccurrences.status} = 'cancelled'))::int`
		})
		.from(sessionOccurrences)
		.innerJoin(peerGroups, eq(peerGroups.id, sessionOccurrences.groupId))
		.where(
			and(
				eq(sessionOccurrences.organisationId, organisation.id),
				gte(sessionOccurrences.startsAt, period.startsAt),
				lt(sessionOccurrences.startsAt, period.endsBefore)
			)
		)
		.groupBy(peerGroups.id, peerGroups.title, peerGroups.kind, month)
		.orderBy(asc(peerGroups.title), asc(peerGroups.id), asc(month));
	return {
		organisation: { name: organisation.name, slug: organisation.slug },
		period: { from: period.from, to: period.to, months: period.months, maxMonths: MAX_REPORT_MONTHS },
		...summariseActivity(rows as ActivityRow[], period.months)
	};
}
