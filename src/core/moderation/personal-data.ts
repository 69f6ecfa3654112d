import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/client';
import { moderationAppeals, moderationDecisions, reports, staffAccessLog } from '../../db/schema';
import type { PersonalDataContributor } from '../shared';

/**
 * Export: the reports a person filed, the decisions about them with their reasons, the staff access log
 * about them, and their appeals with the reviewers' reasons. Erasure: their reports stay for the
 * moderators' record without a reporter (the foreign key sets it to null); decisions, access lines and
 * appeals about or by them go with the account (cascade); appeals they reviewed lose the reviewer.
 */
export const moderationPersonalData: PersonalDataContributor = {
	module: 'moderation',
	async exportFor(tx: Transaction, accountId: string) {
		const [filed, decisions, accesses, appeals] = await Promise.all([
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
					createdAt: moderationDecisions.createdAt,
					reversedAt: moderationDecisions.reversedAt
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
				.where(eq(staffAccessLog.subjectAccountId, accountId)),
			tx
				.select({
					appellantRole: moderationAppeals.appellantRole,
					decisionAction: moderationDecisions.action,
					reason: moderationAppeals.reason,
					status: moderationAppeals.status,
					reviewStatement: moderationAppeals.statement,
					createdAt: moderationAppeals.createdAt,
					decidedAt: moderationAppeals.decidedAt
				})
				.from(moderationAppeals)
				.innerJoin(moderationDecisions, eq(moderationDecisions.id, moderationAppeals.decisionId))
				.where(eq(moderationAppeals.appellantId, accountId))
		]);
		return {
			reportsFiled: filed,
			decisionsAboutMe: decisions,
			staffAccessToMyContent: accesses,
			appealsFiled: appeals
		};
	},
	async eraseFor() {
		// Nothing to do by hand: see the comment above.
	}
};
