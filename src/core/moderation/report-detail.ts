import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { accounts, moderationNotes, organisations, reports } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { allowedActions, type ReportReason, type SubjectKind } from './policy';
import { requireModeratedReport } from './queries';
import { isKnowledgeSubject } from './knowledge-subject';
import { isOffersSubject } from './offers-subject';
import {
	currentWordsOf,
	knowledgeAccess,
	logAccess,
	reportContent,
	type ReportContent
} from './report-content';
import { reportHistory } from './report-history';
import { reportId } from './schemas';
import { staffRoleFor } from './staff';

export type { ReportContent } from './report-content';

/** The copy taken at report time, when it says something the current content no longer does. */
function copyWorthShowing(report: { contentCopy: string | null }, content: ReportContent): string | null {
	if (report.contentCopy === null) return null;
	return currentWordsOf(content) === report.contentCopy ? null : report.contentCopy;
}

/**
 * One report for a moderator: the reported content (a message with only the few messages around it), the
 * reported person's history (earlier reports and decisions: the report's organisation only, every
 * organisation for instance admins), notes and the decisions left to take. Opening private content,
 * and an admin's look at the record beyond the organisation, are written to the staff access log, which
 * the people concerned can read.
 */
export async function reportDetail(ctx: Ctx, input: { reportId: unknown }) {
	const actor = requireActor(ctx);
	const query = parseInput(z.object({ reportId }), input);
	const { report, staff } = await requireModeratedReport(ctx.db, actor, query.reportId);
	const now = ctx.clock.now();

	const [{ content, accessed }, record] = await Promise.all([
		reportContent(ctx, report),
		reportHistory(ctx.db, staff, report)
	]);
	const copy = copyWorthShowing(report, content);
	const subjectId = report.subjectAccountId;
	const people = [...accessed];
	// The copy shows the person's words even when the original is gone: they are told, like for the original.
	// A service's or an offer's words are public: showing them is nobody's private words read.
	if (
		copy !== null &&
		subjectId &&
		!isOffersSubject(report.subjectKind) &&
		!people.some((access) => access.accountId === subjectId)
	)
		people.push({
			accountId: subjectId,
			what: isKnowledgeSubject(report.subjectKind)
				? knowledgeAccess(report.subjectKind)
				: report.subjectKind === 'help_request'
					? 'help_request'
					: 'message_excerpt'
		});
	await logAccess(ctx, {
		staffId: actor.accountId,
		staffRole: staffRoleFor(staff, report.organisationId, report.escalated),
		organisationId: report.organisationId,
		reportId: report.id,
		why: report.reason,
		accessed: people,
		now
	});
	// An instance admin reading the person's record from other organisations is staff access too.
	if (record.beyondOrganisation && subjectId)
		await logAccess(ctx, {
			staffId: actor.accountId,
			staffRole: 'instance_admin',
			organisationId: null,
			reportId: report.id,
			why: report.reason,
			accessed: [{ accountId: subjectId, what: 'moderation_history' }],
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

	const notes = await ctx.db
		.select({
			id: moderationNotes.id,
			body: moderationNotes.body,
			author: accounts.pseudonym,
			createdAt: moderationNotes.createdAt
		})
		.from(moderationNotes)
		.leftJoin(accounts, eq(accounts.id, moderationNotes.authorId))
		.where(eq(moderationNotes.reportId, report.id))
		.orderBy(asc(moderationNotes.createdAt));

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
		/** The reported words when the report was filed, if they changed or are gone since. */
		contentCopy: copy,
		history: record.history,
		decisions: record.decisions,
		notes,
		allowedActions: allowedActions(staff, report, actor.accountId)
	};
}
