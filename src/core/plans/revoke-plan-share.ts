import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { recoveryPlans, recoveryPlanShares } from '../../db/schema';
import { authorize, parseInput, requireActor, type Ctx } from '../shared';

export const RevokePlanShareSchema = z.object({ shareId: z.uuid('validation.invalid') });

/**
 * Ends one of the actor's shares: the supporter no longer sees "their plan", the link answers 404. One
 * conditional UPDATE, so revoking twice (or twice at once) keeps the first date and both succeed. Someone
 * else's share is NOT_FOUND.
 */
export async function revokePlanShare(ctx: Ctx, input: z.input<typeof RevokePlanShareSchema>) {
	const actor = requireActor(ctx);
	const { shareId } = parseInput(RevokePlanShareSchema, input);
	const [share] = await ctx.db
		.select({ id: recoveryPlanShares.id })
		.from(recoveryPlanShares)
		.innerJoin(recoveryPlans, eq(recoveryPlans.id, recoveryPlanShares.planId))
		.where(and(eq(recoveryPlanShares.id, shareId), eq(recoveryPlans.accountId, actor.accountId)));
	authorize(share, 'share');
	await ctx.db
		.update(recoveryPlanShares)
		.set({ revokedAt: ctx.clock.now() })
		.where(and(eq(recoveryPlanShares.id, shareId), isNull(recoveryPlanShares.revokedAt)));
	return { revoked: true };
}
