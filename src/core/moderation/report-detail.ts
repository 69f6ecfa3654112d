import { and, asc, desc, eq, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { accounts, moderationDecisions, moderationNotes, organisations, reports } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { allowedActions, type DecisionAction, type ReportReason, type SubjectKind } from './policy';
import { requireModeratedReport } from './queries';
import { logAccess, reportContent } from './report-content';
import { reportId } from './schemas';
import { staffRoleFor } from './staff';

export type { ReportContent } from './report-content';

/**
 * One report for a moderator: the reported content (a message with only the few messages around it), the
 * reported person's history (earlier reports and decisions), notes and the decisions left to take.
 * Opening private content is written to the staff access log, which the people concerned can read.
 */
export async function reportDetail(ctx: Ctx, input: { reportId: unknown }) {
	const actor = requireActor(ctx);
	const query = parseInput(z.object({ reportId }), input);
	const { report, staff } = await requireModeratedReport(ctx.db, actor, query.reportId);
	const now = ctx.clock.now();

	const { content, accessed } = await reportContent(ctx, report);
	await logAccess(ctx, {
		staffId: actor.accountId,
		staffRole: staffRoleFor(staff, report.organisationId, report.escalated),
		organisationId: report.organisationId,
		reportId: report.id,
		why: report.reason,
		accessed,
		now
	});

	const subject = alias(accounts, 'subject');
	const reporter = alias(accounts, 'reporter');
	const assignee = alias(accounts, 'assignee');
	const [names] = await ctx.db
		.select({
			subject: subject.pseudonym,
			reporter: reporter.pseudonym,
			assignee: assignee.pseudonym,
			organisation: organisations.name
		})
		.from(reports)
		.leftJoin(subject, eq(subject.id, reports.subjectAccountId))
		.leftJoin(reporter, eq(reporter.id, reports.reporterId))
		.leftJoin(assignee, eq(assignee.id, reports.assigneeId))
		.leftJoin(organisations, eq(organisations.id, reports.organisationId))
		.where(eq(reports.id, report.id));

	const moderator = alias(accounts, 'moderator');
	const [history, decisions, notes] = await Promise.all([
		report.subjectAccountId
			? ctx.db
					.select({
						id: reports.id,
						reason: reports.reason,
						status: reports.status,
						createdAt: reports.createdAt
					})
					.from(reports)
					.where(and(eq(reports.subjectAccountId, report.subjectAccountId), ne(reports.id, report.id)))
					.orderBy(desc(reports.createdAt))
					.limit(20)
			: [],
		// Decisions about the person (their whole record), or about this report when the account is gone.
		ctx.db
			.select({
				id: moderationDecisions.id,
				reportId: moderationDecisions.reportId,
				action: moderationDecisions.action,
				ground: moderationDecisions.ground,
				statement: moderationDecisions.statement,
				suspendedUntil: moderationDecisions.suspendedUntil,
				moderator: moderator.pseudonym,
				createdAt: moderationDecisions.createdAt,
				reversedAt: moderationDecisions.reversedAt
			})
			.from(moderationDecisions)
			.leftJoin(moderator, eq(moderator.id, moderationDecisions.moderatorId))
			.where(
				report.subjectAccountId
					? eq(moderationDecisions.subjectAccountId, report.subjectAccountId)
					: eq(moderationDecisions.reportId, report.id)
			)
			.orderBy(desc(moderationDecisions.createdAt))
			.limit(20),
		ctx.db
			.select({
				id: moderationNotes.id,
				body: moderationNotes.body,
				author: accounts.pseudonym,
				createdAt: moderationNotes.createdAt
			})
			.from(moderationNotes)
			.leftJoin(accounts, eq(accounts.id, moderationNotes.authorId))
			.where(eq(moderationNotes.reportId, report.id))
			.orderBy(asc(moderationNotes.createdAt))
	]);

	return {
		report: {
			id: report.id,
			reason: report.reason as ReportReason,
			details: report.details,
			source: report.source as 'member' | 'system',
			subjectKind: report.subjectKind as SubjectKind,
			status: report.status,
			escalated: report.escalated,
			createdAt: report.createdAt,
			decidedAt: report.decidedAt,
			organisation: report.organisationId
				? { id: report.organisationId, name: names?.organisation ?? '' }
				: null,
			subject: report.subjectAccountId
				? { accountId: report.subjectAccountId, pseudonym: names?.subject ?? '' }
				: null,
			reporter: names?.reporter ?? null,
			assignee: report.assigneeId ? { accountId: report.assigneeId, pseudonym: names?.assignee ?? '' } : null,
			assignedToMe: report.assigneeId === actor.accountId
		},
		content,
		history: history.map((row) => ({ ...row, reason: row.reason as ReportReason })),
		decisions: decisions.map((row) => ({ ...row, action: row.action as DecisionAction })),
		notes,
		allowedActions: allowedActions(staff, report, actor.accountId)
	};
}
