import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { accounts, moderationAppeals, moderationDecisions, organisations, reports } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { appealReviewTier, type AppealStatus, type AppellantRole } from './appeal-policy';
import { requireReviewedAppeal } from './appeal-queries';
import type { DecisionAction, ReportReason, SubjectKind } from './policy';
import { logAccess, reportContent, type ReportContent } from './report-content';
import { appealId } from './schemas';

/**
 * One appeal for its reviewer: the decision and its statement of reasons, the appellant's words, and the
 * same excerpt of the reported content as for the report, its opening written to the staff access log
 * that the people concerned read.
 */
export async function appealDetail(ctx: Ctx, input: { appealId: unknown }) {
	const actor = requireActor(ctx);
	const query = parseInput(z.object({ appealId }), input);
	const { appeal } = await requireReviewedAppeal(ctx.db, actor, query.appealId);
	const subject = alias(accounts, 'subject');
	const appellant = alias(accounts, 'appellant');
	const reviewer = alias(accounts, 'reviewer');
	const [row] = await ctx.db
		.select({
			reason: moderationAppeals.reason,
			createdAt: moderationAppeals.createdAt,
			statement: moderationAppeals.statement,
			decidedAt: moderationAppeals.decidedAt,
			appellant: appellant.pseudonym,
			reviewer: reviewer.pseudonym,
			decision: {
				id: moderationDecisions.id,
				action: moderationDecisions.action,
				ground: moderationDecisions.ground,
				statement: moderationDecisions.statement,
				suspendedUntil: moderationDecisions.suspendedUntil,
				createdAt: moderationDecisions.createdAt,
				reversedAt: moderationDecisions.reversedAt
			},
			subject: subject.pseudonym,
			organisation: organisations.name,
			report: {
				id: reports.id,
				reason: reports.reason,
				subjectKind: reports.subjectKind,
				subjectId: reports.subjectId,
				subjectAccountId: reports.subjectAccountId,
				reporterId: reports.reporterId,
				details: reports.details
			}
		})
		.from(moderationAppeals)
		.innerJoin(moderationDecisions, eq(moderationDecisions.id, moderationAppeals.decisionId))
		.leftJoin(reports, eq(reports.id, moderationDecisions.reportId))
		.leftJoin(organisations, eq(organisations.id, moderationDecisions.organisationId))
		.leftJoin(subject, eq(subject.id, moderationDecisions.subjectAccountId))
		.leftJoin(appellant, eq(appellant.id, moderationAppeals.appellantId))
		.leftJoin(reviewer, eq(reviewer.id, moderationAppeals.reviewerId))
		.where(eq(moderationAppeals.id, appeal.appealId));

	let content: ReportContent = { kind: 'gone' };
	const report = row!.report?.id ? row!.report : null;
	if (report) {
		const shown = await reportContent(ctx, report);
		content = shown.content;
		const tier = appealReviewTier(appeal);
		await logAccess(ctx, {
			staffId: actor.accountId,
			staffRole:
				tier === 'instance' || (tier === 'decider' && appeal.onInstance) ? 'instance_admin' : 'moderator',
			organisationId: appeal.organisationId,
			reportId: report.id,
			why: report.reason,
			accessed: shown.accessed,
			now: ctx.clock.now()
		});
	}
	return {
		appeal: {
			id: appeal.appealId,
			status: appeal.status as AppealStatus,
			appellantRole: appeal.appellantRole as AppellantRole,
			appellant: row!.appellant,
			reason: row!.reason,
			createdAt: row!.createdAt,
			statement: row!.statement,
			decidedAt: row!.decidedAt,
			reviewer: row!.reviewer
		},
		decision: { ...row!.decision, action: row!.decision.action as DecisionAction },
		organisation: row!.organisation,
		subject: row!.subject,
		report: report
			? {
					reason: report.reason as ReportReason,
					subjectKind: report.subjectKind as SubjectKind,
					details: report.details
				}
			: null,
		content,
		canDecide: appeal.status === 'open'
	};
}
