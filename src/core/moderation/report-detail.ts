import { and, asc, desc, eq, gt, inArray, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import {
	accounts,
	helpRequests,
	moderationDecisions,
	moderationNotes,
	organisations,
	reports,
	staffAccessLog
} from '../../db/schema';
import { viewProfile } from '../matching/view-profile';
import { parseInput, requireActor, type Ctx } from '../shared';
import { allowedActions, type DecisionAction, type ReportReason, type SubjectKind } from './policy';
import { requireModeratedReport } from './queries';
import { reportId } from './schemas';
import { staffRoleFor } from './staff';
import { messageExcerpt, type ExcerptMessage } from './subject';

// Opening the same report again within this window is one access, not a new line in the person's account.
const ACCESS_DEDUP_MS = 30 * 60 * 1000;

export type ReportContent =
	| { kind: 'message'; excerpt: ExcerptMessage[] }
	| { kind: 'profile'; pseudonym: string; experiences: Array<{ label: string; detail: string }> }
	| { kind: 'help_request'; hopes: string; experienceIds: string[]; status: string }
	| { kind: 'gone' };

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

	let content: ReportContent = { kind: 'gone' };
	let accessed: Array<{ accountId: string; what: string }> = [];
	if (report.subjectKind === 'message') {
		const excerpt = await messageExcerpt(ctx.db, report.subjectId);
		if (excerpt.length) {
			content = { kind: 'message', excerpt };
			const authors = new Set(excerpt.map((message) => message.authorId).filter((id): id is string => !!id));
			accessed = [...authors].map((accountId) => ({ accountId, what: 'message_excerpt' }));
		}
	} else if (report.subjectKind === 'help_request') {
		const [request] = await ctx.db
			.select({
				requesterId: helpRequests.requesterId,
				hopes: helpRequests.hopes,
				experienceIds: helpRequests.experienceIds,
				status: helpRequests.status
			})
			.from(helpRequests)
			.where(eq(helpRequests.id, report.subjectId));
		if (request) {
			content = {
				kind: 'help_request',
				hopes: request.hopes,
				experienceIds: request.experienceIds,
				status: request.status
			};
			accessed = [{ accountId: request.requesterId, what: 'help_request' }];
		}
	} else if (report.subjectAccountId && report.reporterId) {
		// What the reporter could see of the profile, and nothing more: that is what was reported.
		const [reporter] = await ctx.db
			.select({ id: accounts.id, pseudonym: accounts.pseudonym, isInstanceAdmin: accounts.isInstanceAdmin })
			.from(accounts)
			.where(eq(accounts.id, report.reporterId));
		if (reporter) {
			const profile = await viewProfile(
				{
					...ctx,
					actor: {
						accountId: reporter.id,
						pseudonym: reporter.pseudonym,
						isInstanceAdmin: reporter.isInstanceAdmin
					}
				},
				{ accountId: report.subjectAccountId }
			);
			content = {
				kind: 'profile',
				pseudonym: profile.pseudonym,
				experiences: profile.experiences.map((experience) => ({
					label: experience.label,
					detail: experience.detail
				}))
			};
			accessed = [{ accountId: report.subjectAccountId, what: 'profile' }];
		}
	}
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
				createdAt: moderationDecisions.createdAt
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

async function logAccess(
	ctx: Ctx,
	entry: {
		staffId: string;
		staffRole: string;
		organisationId: string | null;
		reportId: string;
		why: string;
		accessed: Array<{ accountId: string; what: string }>;
		now: Date;
	}
): Promise<void> {
	if (!entry.accessed.length) return;
	const recent = await ctx.db
		.select({ accountId: staffAccessLog.subjectAccountId })
		.from(staffAccessLog)
		.where(
			and(
				eq(staffAccessLog.staffId, entry.staffId),
				eq(staffAccessLog.reportId, entry.reportId),
				inArray(
					staffAccessLog.subjectAccountId,
					entry.accessed.map((access) => access.accountId)
				),
				gt(staffAccessLog.createdAt, new Date(entry.now.getTime() - ACCESS_DEDUP_MS))
			)
		);
	const already = new Set(recent.map((row) => row.accountId));
	const fresh = entry.accessed.filter((access) => !already.has(access.accountId));
	if (!fresh.length) return;
	await ctx.db.insert(staffAccessLog).values(
		fresh.map((access) => ({
			staffId: entry.staffId,
			staffRole: entry.staffRole,
			organisationId: entry.organisationId,
			subjectAccountId: access.accountId,
			what: access.what,
			reportId: entry.reportId,
			why: entry.why,
			createdAt: entry.now
		}))
	);
}
