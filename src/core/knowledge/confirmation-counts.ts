import { and, inArray, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { contributionConfirmations } from '../../db/schema';
import type { ConfirmationKind } from './vocabulary';

export type ConfirmationTally = Record<ConfirmationKind, number>;

/**
 * SQL condition: a confirmation counts now (its writer's account has waited its seven days, moderation has
 * not hidden it). Every count of the module (page, search ranking, filters, API) uses this one rule.
 */
export const countsNow = (now: Date) =>
	sql`(${contributionConfirmations.countsFrom} <= ${now.toISOString()} and ${contributionConfirmations.hiddenAt} is null)`;

/** How many peers answered each way, for each contribution (missing ids: all zero). One query. */
export async function confirmationTallies(
	db: DatabaseOrTransaction,
	contributionIds: string[],
	now: Date
): Promise<Map<string, ConfirmationTally>> {
	const tallies = new Map<string, ConfirmationTally>(
		contributionIds.map((id) => [id, { worked: 0, different: 0, did_not_work: 0 }])
	);
	if (contributionIds.length === 0) return tallies;
	const rows = await db
		.select({
			contributionId: contributionConfirmations.contributionId,
			kind: contributionConfirmations.kind,
			count: sql<number>`count(*)::int`
		})
		.from(contributionConfirmations)
		.where(and(inArray(contributionConfirmations.contributionId, contributionIds), countsNow(now)))
		.groupBy(contributionConfirmations.contributionId, contributionConfirmations.kind);
	for (const row of rows) {
		const tally = tallies.get(row.contributionId);
		if (tally) tally[row.kind as ConfirmationKind] = row.count;
	}
	return tallies;
}
