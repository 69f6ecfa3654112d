import { and, eq, isNotNull } from 'drizzle-orm';
import { sessionRegistrations } from '../../db/schema';
import { requireActor, type Ctx } from '../shared';

/**
 * The actor erases their attendance history: what facilitators recorded about them is set back to
 * unknown. The occurrences' anonymous counts stay (they name nobody, and the organisation's activity
 * report relies on them).
 */
export async function eraseMyAttendance(ctx: Ctx) {
	const actor = requireActor(ctx);
	const erased = await ctx.db
		.update(sessionRegistrations)
		.set({ attended: null })
		.where(and(eq(sessionRegistrations.accountId, actor.accountId), isNotNull(sessionRegistrations.attended)))
		.returning({ id: sessionRegistrations.id });
	return { erased: erased.length };
}
