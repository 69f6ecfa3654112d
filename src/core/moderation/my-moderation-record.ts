import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { moderationDecisions, organisations, reports, staffAccessLog } from '../../db/schema';
import { requireActor, type Ctx } from '../shared';
import {
	DECISION_ACTIONS,
	concernsSubject,
	type DecisionAction,
	type ReportReason,
	type SubjectKind
} from './policy';

const SHOWN = 50;

/**
 * What moderation did that concerns me: decisions about my content or account with their statement of
 * reasons, each time staff opened my private content (and why), and what became of my own reports. Staff
 * are named by role and organisation, never by pseudonym.
 */
export async function myModerationRecord(ctx: Ctx) {
	const actor = requireActor(ctx);
	const aboutMe = DECISION_ACTIONS.filter(concernsSubject);
	const [decisions, accesses, mine] = await Promise.all([
		ctx.db
			.select({
				id: moderationDecisions.id,
				action: moderationDecisions.action,
				ground: moderationDecisions.ground,
				statement: moderationDecisions.statement,
				suspendedUntil: moderationDecisions.suspendedUntil,
				organisation: organisations.name,
				createdAt: moderationDecisions.createdAt
			})
			.from(moderationDecisions)
			.leftJoin(organisations, eq(organisations.id, moderationDecisions.organisationId))
			.where(
				and(
					eq(moderationDecisions.subjectAccountId, actor.accountId),
					inArray(moderationDecisions.action, [...aboutMe])
				)
			)
			.orderBy(desc(moderationDecisions.createdAt))
			.limit(SHOWN),
		ctx.db
			.select({
				id: staffAccessLog.id,
				staffRole: staffAccessLog.staffRole,
				organisation: organisations.name,
				what: staffAccessLog.what,
				why: staffAccessLog.why,
				createdAt: staffAccessLog.createdAt
			})
			.from(staffAccessLog)
			.leftJoin(organisations, eq(organisations.id, staffAccessLog.organisationId))
			.where(eq(staffAccessLog.subjectAccountId, actor.accountId))
			.orderBy(desc(staffAccessLog.createdAt))
			.limit(SHOWN),
		ctx.db
			.select({
				id: reports.id,
				reason: reports.reason,
				subjectKind: reports.subjectKind,
				status: reports.status,
				escalated: reports.escalated,
				createdAt: reports.createdAt,
				decidedAt: reports.decidedAt,
				// The decision that closed this report or another about the same content, made after it.
				outcome: sql<string | null>`(
					select d.action from moderation_decisions d
					join reports decided on decided.id = d.report_id
					where decided.subject_kind = "reports"."subject_kind" and decided.subject_id = "reports"."subject_id"
						and d.action <> 'escalate' and d.created_at >= "reports"."created_at"
					order by d.created_at desc limit 1)`
			})
			.from(reports)
			.where(eq(reports.reporterId, actor.accountId))
			.orderBy(desc(reports.createdAt))
			.limit(SHOWN)
	]);
	return {
		decisions: decisions.map((row) => ({ ...row, action: row.action as DecisionAction })),
		accesses,
		reports: mine.map((row) => ({
			id: row.id,
			reason: row.reason as ReportReason,
			subjectKind: row.subjectKind as SubjectKind,
			createdAt: row.createdAt,
			decidedAt: row.decidedAt,
			outcome: (row.status === 'decided'
				? (row.outcome ?? 'no_action')
				: row.escalated
					? 'escalated'
					: 'pending') as DecisionAction | 'escalated' | 'pending'
		}))
	};
}
