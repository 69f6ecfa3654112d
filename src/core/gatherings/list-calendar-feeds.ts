import { desc, eq } from 'drizzle-orm';
import { calendarFeeds } from '../../db/schema';
import { requireActor, type Ctx } from '../shared';

/** The actor's feeds, newest first: when made, whether revoked. Never a token (only its hash is kept). */
export async function listCalendarFeeds(ctx: Ctx) {
	const actor = requireActor(ctx);
	return ctx.db
		.select({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt, revokedAt: calendarFeeds.revokedAt })
		.from(calendarFeeds)
		.where(eq(calendarFeeds.accountId, actor.accountId))
		.orderBy(desc(calendarFeeds.createdAt));
}
