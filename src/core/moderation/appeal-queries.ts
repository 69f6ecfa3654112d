import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { moderationAppeals, moderationDecisions, reports } from '../../db/schema';
import { DomainError, type Actor } from '../shared';
import {
	appealReviewTier,
	canReviewAppeal,
	type AppealableDecision,
	type AppealReviewFacts,
	type AppealStatus,
	type AppellantRole
} from './appeal-policy';
import type { DecisionAction, StaffScope } from './policy';
import { loadStaffScope } from './staff';

/** Decided at the instance level (escalated or instance-wide report, or a suspension), as SQL. */
const onInstance = sql<boolean>`(${moderationDecisions.organisationId} is null
	or coalesce(${reports.escalated}, false) or ${moderationDecisions.action} = 'suspend')`;

/**
 * How many others could review an appeal by `appellant` against the decision in the query: the
 * organisation's active moderators and coordinators, and the instance admins, always leaving out the
 * person who decided, the appellant and the person concerned (the inputs of `appealReviewTier`).
 */
export function reviewCounts(appellant: SQL | string) {
	return {
		otherOrganisationStaff: sql<number>`(select count(*)::int from memberships staff
			where staff.organisation_id = ${moderationDecisions.organisationId} and staff.status = 'active'
				and staff.role in ('moderator', 'coordinator') and staff.account_id <> ${appellant}
				and staff.account_id is distinct from ${moderationDecisions.moderatorId}
				and staff.account_id is distinct from ${moderationDecisions.subjectAccountId})`,
		otherAdmins: sql<number>`(select count(*)::int from accounts other_admin
			where other_admin.is_instance_admin and other_admin.id <> ${appellant}
				and other_admin.id is distinct from ${moderationDecisions.moderatorId}
				and other_admin.id is distinct from ${moderationDecisions.subjectAccountId})`
	};
}

/** Whether `accountId` filed a report that this decision closed (decided reports carry the decision's time). */
function decidedReportOf(accountId: string) {
	return sql<boolean>`exists (select 1 from reports mine
		where mine.reporter_id = ${accountId} and mine.decided_at = ${moderationDecisions.createdAt}
			and mine.subject_kind = ${reports.subjectKind} and mine.subject_id = ${reports.subjectId})`;
}

/** The columns that describe a decision for someone who may contest it. */
export function appealableColumns(accountId: string) {
	return {
		id: moderationDecisions.id,
		action: moderationDecisions.action,
		organisationId: moderationDecisions.organisationId,
		moderatorId: moderationDecisions.moderatorId,
		subjectAccountId: moderationDecisions.subjectAccountId,
		suspendedUntil: moderationDecisions.suspendedUntil,
		createdAt: moderationDecisions.createdAt,
		reversedAt: moderationDecisions.reversedAt,
		escalated: sql<boolean>`coalesce(${reports.escalated}, false)`,
		onInstance,
		decidedMyReport: decidedReportOf(accountId),
		...reviewCounts(accountId)
	};
}

export interface AppealableRow extends AppealableDecision {
	id: string;
	organisationId: string | null;
	moderatorId: string | null;
	onInstance: boolean;
	otherOrganisationStaff: number;
	otherAdmins: number;
}

/** A decision as one person may contest it, with their earlier appeal; null when it does not exist. */
export async function loadAppealableDecision(
	db: DatabaseOrTransaction,
	decisionId: string,
	accountId: string
): Promise<AppealableRow | null> {
	return (await loadAppealableDecisions(db, [decisionId], accountId)).get(decisionId) ?? null;
}

/** Several decisions as one person may contest them, with their appeal against each (if any), by id. */
export async function loadAppealableDecisions(
	db: DatabaseOrTransaction,
	decisionIds: string[],
	accountId: string
): Promise<Map<string, AppealableRow & { appeal: MyAppeal | null }>> {
	if (!decisionIds.length) return new Map();
	const rows = await db
		.select({
			...appealableColumns(accountId),
			appeal: {
				id: moderationAppeals.id,
				appellantRole: moderationAppeals.appellantRole,
				reason: moderationAppeals.reason,
				status: moderationAppeals.status,
				statement: moderationAppeals.statement,
				createdAt: moderationAppeals.createdAt,
				decidedAt: moderationAppeals.decidedAt
			}
		})
		.from(moderationDecisions)
		.leftJoin(reports, eq(reports.id, moderationDecisions.reportId))
		.leftJoin(
			moderationAppeals,
			and(
				eq(moderationAppeals.decisionId, moderationDecisions.id),
				eq(moderationAppeals.appellantId, accountId)
			)
		)
		.where(inArray(moderationDecisions.id, decisionIds));
	return new Map(
		rows.map((row): [string, AppealableRow & { appeal: MyAppeal | null }] => [
			row.id,
			{
				...row,
				action: row.action as DecisionAction,
				decidedMyReport: Boolean(row.decidedMyReport),
				onInstance: Boolean(row.onInstance),
				otherOrganisationStaff: Number(row.otherOrganisationStaff),
				otherAdmins: Number(row.otherAdmins),
				alreadyAppealed: row.appeal?.id != null,
				appeal: row.appeal?.id
					? {
							...row.appeal,
							appellantRole: row.appeal.appellantRole as AppellantRole,
							status: row.appeal.status as AppealStatus
						}
					: null
			}
		])
	);
}

/** My appeal against a decision, as I read it. */
export interface MyAppeal {
	id: string;
	appellantRole: AppellantRole;
	reason: string;
	status: AppealStatus;
	statement: string | null;
	createdAt: Date;
	decidedAt: Date | null;
}

/** The review tier an appeal by `accountId` would get: what the appeal form tells them before they write. */
export const reviewTierFor = (row: AppealableRow, accountId: string) =>
	appealReviewTier({ ...row, appellantId: accountId });

/** The columns a reviewer needs to decide whether they review an appeal (joined with its decision and report). */
export const reviewColumns = {
	appealId: moderationAppeals.id,
	appellantId: moderationAppeals.appellantId,
	appellantRole: moderationAppeals.appellantRole,
	status: moderationAppeals.status,
	organisationId: moderationDecisions.organisationId,
	moderatorId: moderationDecisions.moderatorId,
	subjectAccountId: moderationDecisions.subjectAccountId,
	onInstance,
	...reviewCounts(sql`${moderationAppeals.appellantId}`)
};

/**
 * The appeals this member of staff reviews, as SQL: the same rule as `canReviewAppeal` (a test checks
 * that both agree).
 */
export function reviewScope(staff: StaffScope, actorId: string): SQL {
	const counts = reviewCounts(sql`${moderationAppeals.appellantId}`);
	const tier = sql`(case
		when not ${onInstance} and ${moderationDecisions.organisationId} is not null
			and ${counts.otherOrganisationStaff} > 0 then 'organisation'
		when ${counts.otherAdmins} > 0 then 'instance'
		else 'decider' end)`;
	const moderates = staff.moderates.length
		? sql`${moderationDecisions.organisationId} in (${sql.join(
				staff.moderates.map((id) => sql`${id}`),
				sql`, `
			)})`
		: sql`false`;
	return sql`(${moderationAppeals.appellantId} <> ${actorId}
		and ${moderationDecisions.subjectAccountId} is distinct from ${actorId}
		and (
			(${tier} = 'organisation' and ${moderationDecisions.moderatorId} is distinct from ${actorId} and ${moderates})
			or (${tier} = 'instance' and ${staff.isInstanceAdmin ? sql`true` : sql`false`} and ${moderationDecisions.moderatorId} is distinct from ${actorId})
			or (${tier} = 'decider' and ${moderationDecisions.moderatorId} = ${actorId})
		))`;
}

export interface ReviewedAppeal extends AppealReviewFacts {
	appealId: string;
	appellantRole: AppellantRole;
	status: AppealStatus;
}

/** An appeal for its reviewer; anyone who does not review it gets NOT_FOUND, so ids cannot be probed. */
export async function requireReviewedAppeal(
	db: DatabaseOrTransaction,
	actor: Actor,
	appealId: string
): Promise<{ appeal: ReviewedAppeal; staff: StaffScope }> {
	const staff = await loadStaffScope(db, actor);
	const [row] = await db
		.select(reviewColumns)
		.from(moderationAppeals)
		.innerJoin(moderationDecisions, eq(moderationDecisions.id, moderationAppeals.decisionId))
		.leftJoin(reports, eq(reports.id, moderationDecisions.reportId))
		.where(eq(moderationAppeals.id, appealId));
	if (!row) throw new DomainError('NOT_FOUND');
	const appeal: ReviewedAppeal = {
		...row,
		appellantRole: row.appellantRole as AppellantRole,
		status: row.status as AppealStatus,
		onInstance: Boolean(row.onInstance),
		otherOrganisationStaff: Number(row.otherOrganisationStaff),
		otherAdmins: Number(row.otherAdmins)
	};
	if (!canReviewAppeal(staff, actor.accountId, appeal)) throw new DomainError('NOT_FOUND');
	return { appeal, staff };
}
