import { and, desc, eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { recoveryPlans, recoveryPlanVersions } from '../../db/schema';
import { readContent } from './plan-content';

/** The person's plan row (null when they never wrote one). */
export async function findPlanOf(db: DatabaseOrTransaction, accountId: string) {
	const [plan] = await db
		.select({
			id: recoveryPlans.id,
			currentVersion: recoveryPlans.currentVersion,
			updatedAt: recoveryPlans.updatedAt
		})
		.from(recoveryPlans)
		.where(eq(recoveryPlans.accountId, accountId));
	return plan ?? null;
}

/** One version's content and date (the current one when `number` is left out), or null. */
export async function readPlanVersion(db: DatabaseOrTransaction, planId: string, number?: number) {
	const [row] = await db
		.select({
			number: recoveryPlanVersions.number,
			content: recoveryPlanVersions.content,
			createdAt: recoveryPlanVersions.createdAt
		})
		.from(recoveryPlanVersions)
		.where(
			number === undefined
				? eq(recoveryPlanVersions.planId, planId)
				: and(eq(recoveryPlanVersions.planId, planId), eq(recoveryPlanVersions.number, number))
		)
		.orderBy(desc(recoveryPlanVersions.number))
		.limit(1);
	return row ? { number: row.number, createdAt: row.createdAt, content: readContent(row.content) } : null;
}
