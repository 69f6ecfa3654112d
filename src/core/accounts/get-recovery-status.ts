import { and, count, eq, isNull } from 'drizzle-orm';
import { recoveryCodes } from '../../db/schema';
import { requireActor, type Ctx } from '../shared';

/** How many of the actor's recovery codes are still unused (0 when none were ever issued). */
export async function getRecoveryStatus(ctx: Ctx): Promise<{ unusedCodes: number }> {
	const actor = requireActor(ctx);
	const [row] = await ctx.db
		.select({ total: count() })
		.from(recoveryCodes)
		.where(and(eq(recoveryCodes.accountId, actor.accountId), isNull(recoveryCodes.usedAt)));
	return { unusedCodes: Number(row?.total ?? 0) };
}
