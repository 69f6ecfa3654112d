import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recoveryPlanVersions } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { EMPTY_PLAN } from './plan-content';
import { findPlanOf, readPlanVersion } from './queries';

export const GetMyPlanSchema = z.object({
	version: z.coerce.number().int('validation.invalid').min(1, 'validation.invalid').optional()
});

/**
 * The actor's own plan: the current version (or an earlier one they asked for), and the list of every
 * version with its date. Someone without a plan gets empty sections and no versions. An unknown version
 * number is NOT_FOUND.
 */
export async function getMyPlan(ctx: Ctx, input: z.input<typeof GetMyPlanSchema> = {}) {
	const actor = requireActor(ctx);
	const { version } = parseInput(GetMyPlanSchema, input);
	const plan = await findPlanOf(ctx.db, actor.accountId);
	if (!plan || plan.currentVersion === 0) {
		if (version !== undefined) throw new DomainError('NOT_FOUND');
		return { exists: false, currentVersion: 0, shown: null, content: EMPTY_PLAN, versions: [] };
	}
	const [shown, versions] = await Promise.all([
		readPlanVersion(ctx.db, plan.id, version),
		ctx.db
			.select({ number: recoveryPlanVersions.number, createdAt: recoveryPlanVersions.createdAt })
			.from(recoveryPlanVersions)
			.where(eq(recoveryPlanVersions.planId, plan.id))
			.orderBy(desc(recoveryPlanVersions.number))
	]);
	if (!shown) throw new DomainError('NOT_FOUND');
	return {
		exists: true,
		currentVersion: plan.currentVersion,
		shown: { number: shown.number, createdAt: shown.createdAt },
		content: shown.content,
		versions
	};
}

/** Whether the actor has written a plan (for the crisis panel's "open my plan"). Reads only. */
export async function hasPlan(ctx: Ctx): Promise<boolean> {
	if (!ctx.actor) return false;
	const plan = await findPlanOf(ctx.db, ctx.actor.accountId);
	return !!plan && plan.currentVersion > 0;
}
