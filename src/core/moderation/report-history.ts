import { and, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { accounts, moderationDecisions, reports } from '../../db/schema';
import type { DecisionAction, ReportReason, StaffScope } from './policy';

const SHOWN = 20;

/**
 * The reported person's record as one member of staff may see it: earlier reports about them and the
 * decisions taken. An organisation's moderators see only what happened in the report's organisation;
 * instance admins see every organisation's, and `beyondOrganisation` says when that showed anything from
 * elsewhere (the caller writes it to the staff access log, like any other opening of private records).
 */
export async function reportHistory(
	db: DatabaseOrTransaction,
	staff: StaffScope,
	report: { id: string; subjectAccountId: string | null; organisationId: string | null }
) {
	const everywhere = staff.isInstanceAdmin;
	// Non-admins only ever open reports of an organisation they moderate: organisationId is set for them.
	const inScope = (column: typeof reports.organisationId | typeof moderationDecisions.organisationId) =>
		everywhere ? undefined : report.organisationId ? eq(column, report.organisationId) : inArray(column, []);
	const about = report.subjectAccountId;
	const decisionsWhere: SQL | undefined = about
		? eq(moderationDecisions.subjectAccountId, about)
		: eq(moderationDecisions.reportId, report.id);
	const [history, decisions] = await Promise.all([
		about
			? db
					.select({
						id: reports.id,
						reason: reports.reason,
						status: reports.status,
						organisationId: reports.organisationId,
						createdAt: reports.createdAt
					})
					.from(reports)
					.where(
						and(
							eq(reports.subjectAccountId, about),
							ne(reports.id, report.id),
							inScope(reports.organisationId)
						)
					)
					.orderBy(desc(reports.createdAt))
					.limit(SHOWN)
			: [],
		// Decisions about the person (their record), or about this report when the account is gone.
		db
			.select({
				id: moderationDecisions.id,
				reportId: moderationDecisions.reportId,
				action: moderationDecisions.action,
				ground: moderationDecisions.ground,
				statement: moderationDecisions.statement,
				suspendedUntil: moderationDecisions.suspendedUntil,
				organisationId: moderationDecisions.organisationId,
				moderator: accounts.pseudonym,
				createdAt: moderationDecisions.createdAt,
				reversedAt: moderationDecisions.reversedAt
			})
			.from(moderationDecisions)
			.leftJoin(accounts, eq(accounts.id, moderationDecisions.moderatorId))
			.where(and(decisionsWhere, inScope(moderationDecisions.organisationId)))
			.orderBy(desc(moderationDecisions.createdAt))
			.limit(SHOWN)
	]);
	const beyondOrganisation = [...history, ...decisions].some(
		(row) => row.organisationId !== report.organisationId
	);
	return {
		history: history.map(({ organisationId: _organisation, ...row }) => ({
			...row,
			reason: row.reason as ReportReason
		})),
		decisions: decisions.map(({ organisationId: _organisation, ...row }) => ({
			...row,
			action: row.action as DecisionAction
		})),
		beyondOrganisation
	};
}
