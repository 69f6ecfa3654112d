import { eq } from 'drizzle-orm';
import { recoveryPlans, recoveryPlanVersions } from '../../db/schema';
import { parseInput, requireActor, requireToken, type Ctx, type RateRule } from '../shared';
import { isEmptyPlan, PlanContentSchema, type PlanContentInput } from './plan-content';
import { findPlanOf, readPlanVersion } from './queries';

/** Saves are versions kept for ever: a generous bucket, enough to stop a loop, never a person. */
export const SAVE_RULE: RateRule = { capacity: 60, perSeconds: 3600 };

/**
 * Saves the actor's plan as a new version (the first save creates the plan). A save identical to the
 * current version makes no version, and so does an empty first save. Versions are numbered 1, 2, 3… under the plan's row lock, so two saves
 * at once make two versions in order, never one number twice.
 */
export async function savePlan(ctx: Ctx, input: PlanContentInput) {
	const actor = requireActor(ctx);
	const content = parseInput(PlanContentSchema, input);
	const now = ctx.clock.now();
	// Nothing written and no plan yet: there is nothing to keep (no empty plan, no empty version 1).
	if (isEmptyPlan(content) && !(await findPlanOf(ctx.db, actor.accountId)))
		return { version: 0, changed: false };
	return ctx.db.transaction(async (tx) => {
		await tx
			.insert(recoveryPlans)
			.values({ accountId: actor.accountId, createdAt: now, updatedAt: now })
			.onConflictDoNothing();
		const [plan] = await tx
			.select({ id: recoveryPlans.id, currentVersion: recoveryPlans.currentVersion })
			.from(recoveryPlans)
			.where(eq(recoveryPlans.accountId, actor.accountId))
			.for('update');
		const latest = plan!.currentVersion ? await readPlanVersion(tx, plan!.id) : null;
		if (latest && JSON.stringify(latest.content) === JSON.stringify(content))
			return { version: plan!.currentVersion, changed: false };
		await requireToken(tx, `plan-save:${actor.accountId}`, SAVE_RULE, now);
		const version = plan!.currentVersion + 1;
		await tx
			.insert(recoveryPlanVersions)
			.values({ planId: plan!.id, number: version, content, createdAt: now });
		await tx
			.update(recoveryPlans)
			.set({ currentVersion: version, updatedAt: now })
			.where(eq(recoveryPlans.id, plan!.id));
		return { version, changed: true };
	});
}
