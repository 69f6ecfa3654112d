import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import {
	moderationAppeals,
	moderationDecisions,
	organisations,
	reports,
	staffAccessLog
} from '../../db/schema';
import { requireActor, type Ctx } from '../shared';
import {
	DECISION_ACTIONS,
	concernsSubject,
	type DecisionAction,
	type ReportReason,
	type SubjectKind
} from './policy';
import { appealDeadline, appealRefusal, type AppealStatus, type AppellantRole } from './appeal-policy';
import { loadAppealableDecisions, reviewTierFor } from './appeal-queries';

const SHOWN = 50;

/**
 * Whether telling the reason of a staff access would point at the reporter: a member's report of a
 * message in a conversation of two (accompaniment, direct, or a group down to two people), where the only
 * other participant is who reported. When the message is gone and this cannot be known, it is assumed.
 */
const pointsToReporter = sql`exists (
	select 1 from reports r
	where r.id = ${staffAccessLog.reportId} and r.reporter_id is not null and r.subject_kind = 'message'
		and not exists (
			select 1 from messages m join conversations c on c.id = m.conversation_id
			where m.id = case when r.subject_kind = 'message' then r.subject_id::uuid end
				and c.kind = 'group'
				and (select count(*) from conversation_participants p where p.conversation_id = c.id) > 2))`;

/**
 * What moderation did that concerns me: decisions about my content or account with their statement of
 * reasons, each time staff opened my private content (and why), and what became of my own reports; for
 * each decision, my appeal (its status and the reviewer's reasons) or whether I may still contest it.
 * Staff are named by role and organisation, never by pseudonym; an access's reason is left out when it
 * would designate the reporter (a conversation of two).
 */
export async function myModerationRecord(ctx: Ctx) {
	const actor = requireActor(ctx);
	const aboutMe = DECISION_ACTIONS.filter(concernsSubject);
	const [decisions, accesses, mine, appeals] = await Promise.all([
		ctx.db
			.select({
				id: moderationDecisions.id,
				action: moderationDecisions.action,
				ground: moderationDecisions.ground,
				statement: moderationDecisions.statement,
				suspendedUntil: moderationDecisions.suspendedUntil,
				organisation: organisations.name,
				createdAt: moderationDecisions.createdAt,
				reversedAt: moderationDecisions.reversedAt
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
				why: sql<string | null>`case when ${pointsToReporter} then null else ${staffAccessLog.why} end`,
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
				organisation: organisations.name,
				createdAt: reports.createdAt,
				decidedAt: reports.decidedAt,
				// The decision that closed this report (decided reports carry its time), which the reporter may contest.
				decisionId: sql<string | null>`(
					select d.id from moderation_decisions d
					join reports decided on decided.id = d.report_id
					where decided.subject_kind = "reports"."subject_kind" and decided.subject_id = "reports"."subject_id"
						and d.action <> 'escalate' and d.created_at = "reports"."decided_at"
					limit 1)`,
				// The decision that closed this report or another about the same content, made after it.
				outcome: sql<string | null>`(
					select d.action from moderation_decisions d
					join reports decided on decided.id = d.report_id
					where decided.subject_kind = "reports"."subject_kind" and decided.subject_id = "reports"."subject_id"
						and d.action <> 'escalate' and d.created_at >= "reports"."created_at"
					order by d.created_at desc limit 1)`
			})
			.from(reports)
			.leftJoin(organisations, eq(organisations.id, reports.organisationId))
			.where(eq(reports.reporterId, actor.accountId))
			.orderBy(desc(reports.createdAt))
			.limit(SHOWN),
		ctx.db
			.select({
				id: moderationAppeals.id,
				appellantRole: moderationAppeals.appellantRole,
				reason: moderationAppeals.reason,
				status: moderationAppeals.status,
				statement: moderationAppeals.statement,
				createdAt: moderationAppeals.createdAt,
				decidedAt: moderationAppeals.decidedAt,
				action: moderationDecisions.action,
				organisation: organisations.name,
				decisionCreatedAt: moderationDecisions.createdAt
			})
			.from(moderationAppeals)
			.innerJoin(moderationDecisions, eq(moderationDecisions.id, moderationAppeals.decisionId))
			.leftJoin(organisations, eq(organisations.id, moderationDecisions.organisationId))
			.where(eq(moderationAppeals.appellantId, actor.accountId))
			.orderBy(desc(moderationAppeals.createdAt))
			.limit(SHOWN)
	]);
	const now = ctx.clock.now();
	const appealable = await loadAppealableDecisions(
		ctx.db,
		[
			...decisions.map((row) => row.id),
			...mine.map((row) => (row.status === 'decided' ? row.decisionId : null)).filter((id) => id !== null)
		],
		actor.accountId
	);
	/** Where my appeal against a decision stands, or whether and until when I may still file one. */
	const appealOf = (decisionId: string | null) => {
		const decision = decisionId ? appealable.get(decisionId) : undefined;
		if (!decision) return null;
		return {
			decisionId: decision.id,
			mine: decision.appeal,
			refusal: appealRefusal(decision, actor.accountId, now),
			deadline: appealDeadline(decision.createdAt),
			reviewTier: reviewTierFor(decision, actor.accountId),
			reversedAt: decision.reversedAt
		};
	};
	return {
		decisions: decisions.map((row) => ({
			...row,
			action: row.action as DecisionAction,
			appeal: appealOf(row.id)
		})),
		accesses,
		appeals: appeals.map((row) => ({
			...row,
			appellantRole: row.appellantRole as AppellantRole,
			status: row.status as AppealStatus,
			action: row.action as DecisionAction
		})),
		reports: mine.map((row) => ({
			id: row.id,
			reason: row.reason as ReportReason,
			subjectKind: row.subjectKind as SubjectKind,
			createdAt: row.createdAt,
			decidedAt: row.decidedAt,
			organisation: row.organisation,
			appeal: row.status === 'decided' ? appealOf(row.decisionId) : null,
			outcome: (row.status === 'decided'
				? (row.outcome ?? 'no_action')
				: row.escalated
					? 'escalated'
					: 'pending') as DecisionAction | 'escalated' | 'pending'
		}))
	};
}
