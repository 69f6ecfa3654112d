import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { supporterOffers } from '../../db/schema';
import { parseInput, permit, requireActor, type Ctx } from '../shared';

export const COOL_DOWN_DURATIONS = ['24h', '3d', '7d', 'until_lifted'] as const;
export type CoolDownDuration = (typeof COOL_DOWN_DURATIONS)[number];

const HOUR = 3_600_000;
const LENGTHS: Record<Exclude<CoolDownDuration, 'until_lifted'>, number> = {
	'24h': 24 * HOUR,
	'3d': 72 * HOUR,
	'7d': 168 * HOUR
};

/**
 * "Until I lift it" is stored as this far date: paused_until stays one comparable column, and matching
 * needs no second flag. Pages show it as "until you lift it", never as a year.
 */
export const UNTIL_LIFTED = new Date('9999-12-31T00:00:00Z');

export const SetCoolDownSchema = z.object({ duration: z.enum(COOL_DOWN_DURATIONS, 'validation.coolDown') });

/**
 * After a hard session a supporter steps back: no new matches and no new contact requests until the
 * cool-down ends or they lift it. Open accompaniments stay open; their requesters see the supporter away.
 */
export async function setCoolDown(ctx: Ctx, input: z.input<typeof SetCoolDownSchema>) {
	const actor = requireActor(ctx);
	const { duration } = parseInput(SetCoolDownSchema, input);
	const now = ctx.clock.now();
	const pausedUntil =
		duration === 'until_lifted' ? UNTIL_LIFTED : new Date(now.getTime() + LENGTHS[duration]);
	const updated = await ctx.db
		.update(supporterOffers)
		.set({ pausedUntil, updatedAt: now })
		.where(eq(supporterOffers.accountId, actor.accountId))
		.returning({ pausedUntil: supporterOffers.pausedUntil });
	permit(updated.length > 0, 'error.noOffer');
	ctx.events.emit({ type: 'offer.changed', accountId: actor.accountId });
	return { pausedUntil, untilLifted: duration === 'until_lifted' };
}

/** Ends the supporter's cool-down now: they can be matched and contacted again (unless paused). */
export async function liftCoolDown(ctx: Ctx) {
	const actor = requireActor(ctx);
	const updated = await ctx.db
		.update(supporterOffers)
		.set({ pausedUntil: null, updatedAt: ctx.clock.now() })
		.where(eq(supporterOffers.accountId, actor.accountId))
		.returning({ accountId: supporterOffers.accountId });
	permit(updated.length > 0, 'error.noOffer');
	ctx.events.emit({ type: 'offer.changed', accountId: actor.accountId });
	return { pausedUntil: null };
}

/** The supporter's running cool-down, if any: until when, or "until lifted". */
export function activeCoolDown(pausedUntil: Date | null, now: Date) {
	if (!pausedUntil || pausedUntil <= now) return null;
	return pausedUntil >= UNTIL_LIFTED
		? { until: null, untilLifted: true as const }
		: { until: pausedUntil, untilLifted: false as const };
}
