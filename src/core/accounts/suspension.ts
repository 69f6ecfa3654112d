import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { moderationAppeals, moderationDecisions } from '../../db/schema';
import { appealDeadline } from '../moderation/appeal-policy';

export type SuspensionAppeal = 'none' | 'open' | 'upheld' | 'reversed' | 'too_late';

/**
 * The suspension that keeps this person out, as sign-in tells someone who knows the password: the
 * statement of reasons, and where their appeal stands (none yet, open, upheld with its reasons, or too late).
 */
export async function suspensionInEffect(
	db: DatabaseOrTransaction,
	accountId: string,
	until: Date,
	now: Date
) {
	const [row] = await db
		.select({
			decisionId: moderationDecisions.id,
			statement: moderationDecisions.statement,
			createdAt: moderationDecisions.createdAt,
			appealStatus: moderationAppeals.status,
			appealStatement: moderationAppeals.statement
		})
		.from(moderationDecisions)
		.leftJoin(
			moderationAppeals,
			and(
				eq(moderationAppeals.decisionId, moderationDecisions.id),
				eq(moderationAppeals.appellantId, accountId)
			)
		)
		.where(
			and(
				eq(moderationDecisions.subjectAccountId, accountId),
				eq(moderationDecisions.action, 'suspend'),
				isNull(moderationDecisions.reversedAt)
			)
		)
		.orderBy(desc(moderationDecisions.createdAt))
		.limit(1);
	const appeal: SuspensionAppeal = !row
		? 'none'
		: row.appealStatus
			? (row.appealStatus as SuspensionAppeal)
			: appealDeadline(row.createdAt) < now
				? 'too_late'
				: 'none';
	return {
		decisionId: row?.decisionId ?? null,
		until,
		statement: row?.statement ?? '',
		appeal,
		appealStatement: row?.appealStatement ?? ''
	};
}
