import { and, count, eq, isNull } from 'drizzle-orm';
import { calendarFeeds } from '../../db/schema';
import { generateToken, hashToken } from '../accounts/tokens';
import { DomainError, lockKey, requireActor, type Ctx } from '../shared';

/** A person keeps a handful of live feeds (one per calendar app, say); more is a sign of a loop. */
export const MAX_LIVE_FEEDS = 5;

/** The path of a private feed (the token is in it: shown once, never stored). */
export const feedPath = (token: string) => `/agenda/${token}.ics`;

/**
 * Creates a private calendar feed of the actor's sessions: a 256-bit random token, of which only the
 * SHA-256 hash is kept. The token (and its URL) is returned this once; lost, the feed is revoked and
 * another made.
 */
export async function createCalendarFeed(ctx: Ctx, options: { siteUrl: string }) {
	const actor = requireActor(ctx);
	const token = generateToken();
	const feed = await ctx.db.transaction(async (tx) => {
		// "At most five live feeds" is check-then-act: serialised per person.
		await lockKey(tx, `calendar-feeds:${actor.accountId}`);
		const [live] = await tx
			.select({ value: count() })
			.from(calendarFeeds)
			.where(and(eq(calendarFeeds.accountId, actor.accountId), isNull(calendarFeeds.revokedAt)));
		if ((live?.value ?? 0) >= MAX_LIVE_FEEDS)
			throw new DomainError('CONFLICT', 'calendars.error.tooManyFeeds');
		const [created] = await tx
			.insert(calendarFeeds)
			.values({ accountId: actor.accountId, tokenHash: hashToken(token), createdAt: ctx.clock.now() })
			.returning({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt });
		return created!;
	});
	const path = feedPath(token);
	return {
		id: feed.id,
		createdAt: feed.createdAt,
		token,
		url: `${options.siteUrl.replace(/\/+$/, '')}${path}`
	};
}
