import { and, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { accounts, moderationAppeals, moderationDecisions, organisations, reports } from '../../db/schema';
import { reviewScope } from './appeal-queries';
import { parseInput, requireActor, type Ctx } from '../shared';
import { isStaff, type ReportReason, type StaffScope, type SubjectKind } from './policy';
import { QueueSchema } from './schemas';
import { loadStaffScope, requireStaffScope } from './staff';

export interface QueueItem {
	id: string;
	reason: ReportReason;
	subjectKind: SubjectKind;
	source: 'member' | 'system';
	status: 'open' | 'decided';
	escalated: boolean;
	organisation: { id: string; name: string } | null;
	subject: { accountId: string; pseudonym: string } | null;
	assignee: { accountId: string; pseudonym: string } | null;
	/** Earlier reports about the same person, anywhere this moderator may look. */
	earlierReports: number;
	createdAt: Date;
	/** The start of the reporter's own words, so that reports alike can be told apart in the list. */
	detailsStart: string;
}

/** How much of the reporter's words the queue shows. */
const DETAILS_START_LENGTH = 60;

/** The reports a member of staff handles, as SQL: the same rule as `canModerateReport`. */
export function queueScope(staff: StaffScope): SQL | undefined {
	const parts: Array<SQL | undefined> = [];
	if (staff.moderates.length)
		parts.push(and(inArray(reports.organisationId, [...staff.moderates]), eq(reports.escalated, false)));
	if (staff.isInstanceAdmin) parts.push(or(isNull(reports.organisationId), eq(reports.escalated, true)));
	return or(...parts);
}

/**
 * The reports this person moderates: their organisations' (not escalated) and, for instance admins, the
 * instance-wide and escalated ones. Oldest open first, so nothing waits forever.
 */
export async function moderationQueue(ctx: Ctx, input: z.input<typeof QueueSchema> = {}) {
	const actor = requireActor(ctx);
	const query = parseInput(QueueSchema, input);
	const staff = await requireStaffScope(ctx.db, actor);
	const scope = queueScope(staff);
	const subject = alias(accounts, 'subject');
	const assignee = alias(accounts, 'assignee');
	const conditions = and(
		scope,
		query.status === 'all' ? undefined : eq(reports.status, query.status),
		query.reason ? eq(reports.reason, query.reason) : undefined,
		query.organisationId ? eq(reports.organisationId, query.organisationId) : undefined,
		query.assigned === 'me' ? eq(reports.assigneeId, actor.accountId) : undefined,
		query.assigned === 'nobody' ? isNull(reports.assigneeId) : undefined
	);
	const rows = await ctx.db
		.select({
			id: reports.id,
			reason: reports.reason,
			subjectKind: reports.subjectKind,
			source: reports.source,
			status: reports.status,
			escalated: reports.escalated,
			organisationId: reports.organisationId,
			organisationName: organisations.name,
			subjectId: reports.subjectAccountId,
			subjectPseudonym: subject.pseudonym,
			assigneeId: reports.assigneeId,
			assigneePseudonym: assignee.pseudonym,
			createdAt: reports.createdAt,
			detailsStart: sql<string>`left(${reports.details}, ${DETAILS_START_LENGTH + 1})`,
			earlierReports: sql<number>`(select count(*)::int from reports earlier
				where earlier.subject_account_id = "reports"."subject_account_id"
				and earlier.created_at < "reports"."created_at")`
		})
		.from(reports)
		.leftJoin(organisations, eq(organisations.id, reports.organisationId))
		.leftJoin(subject, eq(subject.id, reports.subjectAccountId))
		.leftJoin(assignee, eq(assignee.id, reports.assigneeId))
		.where(conditions)
		.orderBy(query.status === 'open' ? reports.createdAt : desc(reports.createdAt))
		.limit(query.limit);
	const [open] = await ctx.db
		.select({ value: count() })
		.from(reports)
		.where(and(scope, eq(reports.status, 'open')));
	const organisationsModerated = staff.moderates.length
		? await ctx.db
				.select({ id: organisations.id, name: organisations.name })
				.from(organisations)
				.where(inArray(organisations.id, [...staff.moderates]))
				.orderBy(organisations.name)
		: [];
	const items: QueueItem[] = rows.map((row) => ({
		id: row.id,
		reason: row.reason as ReportReason,
		subjectKind: row.subjectKind as SubjectKind,
		source: row.source as 'member' | 'system',
		status: row.status as 'open' | 'decided',
		escalated: row.escalated,
		organisation: row.organisationId ? { id: row.organisationId, name: row.organisationName ?? '' } : null,
		subject: row.subjectId ? { accountId: row.subjectId, pseudonym: row.subjectPseudonym ?? '' } : null,
		assignee: row.assigneeId ? { accountId: row.assigneeId, pseudonym: row.assigneePseudonym ?? '' } : null,
		earlierReports: Number(row.earlierReports),
		createdAt: row.createdAt,
		detailsStart:
			row.detailsStart.length > DETAILS_START_LENGTH
				? `${row.detailsStart.slice(0, DETAILS_START_LENGTH).trimEnd()}…`
				: row.detailsStart
	}));
	return {
		items,
		openCount: open?.value ?? 0,
		filters: query,
		organisations: organisationsModerated,
		isInstanceAdmin: staff.isInstanceAdmin
	};
}

/**
 * What waits for this person in Modération, for the header's badge: open reports in their queue and open
 * appeals they review. Null for anyone who moderates nothing.
 */
export async function openReportCount(ctx: Ctx): Promise<number | null> {
	if (!ctx.actor) return null;
	const staff = await loadStaffScope(ctx.db, ctx.actor);
	if (!isStaff(staff)) return null;
	const [[reportsWaiting], [appealsWaiting]] = await Promise.all([
		ctx.db
			.select({ value: count() })
			.from(reports)
			.where(and(queueScope(staff), eq(reports.status, 'open'))),
		ctx.db
			.select({ value: count() })
			.from(moderationAppeals)
			.innerJoin(moderationDecisions, eq(moderationDecisions.id, moderationAppeals.decisionId))
			.leftJoin(reports, eq(reports.id, moderationDecisions.reportId))
			.where(and(reviewScope(staff, ctx.actor.accountId), eq(moderationAppeals.status, 'open')))
	]);
	return (reportsWaiting?.value ?? 0) + (appealsWaiting?.value ?? 0);
}
