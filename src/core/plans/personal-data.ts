import { asc, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/client';
import {
	recoveryPlanAccesses,
	recoveryPlans,
	recoveryPlanShares,
	recoveryPlanVersions
} from '../../db/schema';
import type { PersonalDataContributor } from '../shared';

/**
 * A person's plan in their export: every version, every share (never a token: only its hash is stored,
 * and that is left out too) and every opening of it by someone else; and the dates they opened someone
 * else's plan as a supporter (not its content: that is the other person's).
 */
export async function planRecordOf(tx: Transaction, accountId: string) {
	const [plan] = await tx
		.select({
			id: recoveryPlans.id,
			currentVersion: recoveryPlans.currentVersion,
			createdAt: recoveryPlans.createdAt,
			updatedAt: recoveryPlans.updatedAt
		})
		.from(recoveryPlans)
		.where(eq(recoveryPlans.accountId, accountId));
	const openedAsSupporter = await tx
		.select({ openedAt: recoveryPlanAccesses.openedAt })
		.from(recoveryPlanAccesses)
		.where(eq(recoveryPlanAccesses.viewerId, accountId))
		.orderBy(asc(recoveryPlanAccesses.openedAt));
	if (!plan) return { plan: null, openedAsSupporter };
	const [versions, shares, accesses] = await Promise.all([
		tx
			.select({
				number: recoveryPlanVersions.number,
				content: recoveryPlanVersions.content,
				createdAt: recoveryPlanVersions.createdAt
			})
			.from(recoveryPlanVersions)
			.where(eq(recoveryPlanVersions.planId, plan.id))
			.orderBy(asc(recoveryPlanVersions.number)),
		tx
			.select({
				id: recoveryPlanShares.id,
				kind: recoveryPlanShares.kind,
				accompanimentId: recoveryPlanShares.accompanimentId,
				recipientName: recoveryPlanShares.recipientName,
				createdAt: recoveryPlanShares.createdAt,
				expiresAt: recoveryPlanShares.expiresAt,
				revokedAt: recoveryPlanShares.revokedAt
			})
			.from(recoveryPlanShares)
			.where(eq(recoveryPlanShares.planId, plan.id))
			.orderBy(asc(recoveryPlanShares.createdAt)),
		tx
			.select({
				shareId: recoveryPlanAccesses.shareId,
				kind: recoveryPlanAccesses.kind,
				openedAt: recoveryPlanAccesses.openedAt
			})
			.from(recoveryPlanAccesses)
			.where(eq(recoveryPlanAccesses.planId, plan.id))
			.orderBy(asc(recoveryPlanAccesses.openedAt))
	]);
	const { id: _id, ...facts } = plan;
	return { plan: { ...facts, versions, shares, accesses }, openedAsSupporter };
}

export type PlanRecord = Awaited<ReturnType<typeof planRecordOf>>;

/**
 * On erasure the plan goes entirely: its versions, its shares (so every link answers 404 from the
 * commit on) and its access log. Where the person opened someone else's plan, the line stays in that
 * owner's log without a name.
 */
export const plansPersonalData: PersonalDataContributor = {
	module: 'plans',
	exportFor: planRecordOf,
	async eraseFor(tx, accountId) {
		await tx.delete(recoveryPlans).where(eq(recoveryPlans.accountId, accountId));
		await tx
			.update(recoveryPlanAccesses)
			.set({ viewerId: null })
			.where(eq(recoveryPlanAccesses.viewerId, accountId));
	}
};
