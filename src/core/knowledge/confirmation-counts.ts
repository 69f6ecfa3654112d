import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { contributionConfirmations, contributions } from '../../db/schema';
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

/**
 * Sets `contributions.worked_count` again from the confirmations (kind 'worked', not hidden; waiting ones
 * included: the exact count, countsNow, is checked on the rows this bound lets through), and
 * `worked_counts_from`, when all of them count (from then on the bound is the exact count). Call it in the
 * transaction that changed a confirmation, after locking the contribution row (lockContribution): a
 * parallel change then waits for the lock and counts again after it, so no change is lost.
 */
export async function recountWorked(db: DatabaseOrTransaction, contributionId: string): Promise<void> {
	const worked = sql`from contribution_confirmations cc
		where cc.contribution_id = ${contributionId} and cc.kind = 'worked' and cc.hidden_at is null`;
	await db
		.update(contributions)
		.set({
			workedCount: sql`(select count(*)::int ${worked})`,
			workedCountsFrom: sql`(select max(cc.counts_from) ${worked})`
		})
		.where(eq(contributions.id, contributionId));
}

/** Locks the contribution row until the transaction ends (confirmations of one contribution in turn). */
export async function lockContribution(db: DatabaseOrTransaction, contributionId: string): Promise<void> {
	await db
		.select({ id: contributions.id })
		.from(contributions)
		.where(eq(contributions.id, contributionId))
		.for('update');
}
