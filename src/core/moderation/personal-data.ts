import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/client';
import { moderationDecisions, reports, staffAccessLog } from '../../db/schema';
import type { PersonalDataContributor } from '../shared';

/**
 * Export: the reports a person filed, the decisions about them with their reasons, and the staff access
 * log about them. Erasure: their reports stay for the moderators' record without a reporter (the foreign
 * key sets it to null), decisions and access lines about them go with the account (cascade).
 */
export const moderationPersonalData: PersonalDataContributor = {
	module: 'moderation',
	async exportFor(tx: Transaction, accountId: string) {
		const [filed, decisions, accesses] = await Promise.all([
			tx
				.select({
					reason: reports.reason,
					subjectKind: reports.subjectKind,
					details: reports.details,
					status: reports.status,
					createdAt: reports.createdAt
				})
				.from(reports)
				.where(eq(reports.reporterId, accountId)),
			tx
				.select({
					action: moderationDecisions.action,
					ground: moderationDecisions.ground,
					statement: moderationDecisions.statement,
					suspendedUntil: moderationDecisions.suspendedUntil,
					createdAt: moderationDecisions.createdAt
				})
				.from(moderationDecisions)
				.where(eq(moderationDecisions.subjectAccountId, accountId)),
			tx
				.select({
					staffRole: staffAccessLog.staffRole,
					what: staffAccessLog.what,
					why: staffAccessLog.why,
					createdAt: staffAccessLog.createdAt
				})
				.from(staffAccessLog)
				.where(eq(staffAccessLog.subjectAccountId, accountId))
		]);
		return { reportsFiled: filed, decisionsAboutMe: decisions, staffAccessToMyContent: accesses };
	},
	async eraseFor() {
		// Nothing to do by hand: see the comment above.
	}
};
