import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { calendarFeeds } from '../../db/schema';
import { authorize, parseInput, requireActor, type Ctx } from '../shared';

export const RevokeCalendarFeedSchema = z.object({ feedId: z.uuid('validation.invalid') });

/** Revokes one of the actor's feeds: its URL answers 404 from now on. Another person's feed is NOT_FOUND. */
export async function revokeCalendarFeed(ctx: Ctx, input: z.input<typeof RevokeCalendarFeedSchema>) {
	const actor = requireActor(ctx);
	const { feedId } = parseInput(RevokeCalendarFeedSchema, input);
	const [feed] = await ctx.db
		.select({ revokedAt: calendarFeeds.revokedAt })
		.from(calendarFeeds)
		.where(and(eq(calendarFeeds.id, feedId), eq(calendarFeeds.accountId, actor.accountId)));
	authorize(feed);
	// Revoking twice keeps the first date.
	await ctx.db
		.update(calendarFeeds)
		.set({ revokedAt: ctx.clock.now() })
		.where(and(eq(calendarFeeds.id, feedId), isNull(calendarFeeds.revokedAt)));
	return { revoked: true };
}
