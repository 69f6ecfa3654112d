import { and, asc, eq, gte, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import {
	accounts,
	calendarFeeds,
	gatheringPreferences,
	groupSessions,
	organisations,
	peerGroups,
	sessionOccurrences,
	sessionRegistrations
} from '../../db/schema';
import { isLocale } from '../../i18n';
import { hashToken } from '../accounts/tokens';
import { DomainError, secondsUntil, takeToken, type Ctx, type RateRule } from '../shared';
import { buildCalendar } from './calendar-entries';
import { calendarColumns, toCalendarEntry } from './occurrence-facts';

/** How far back a feed reaches: the last month stays in the calendar, older sessions drop out. */
export const FEED_PAST_DAYS = 30;

/**
 * Guessing a 256-bit token is hopeless, but every guess costs a query: wrong tokens are counted per client
 * address, and an address that made too many wrong guesses is refused (even a right token) until its
 * bucket refills. Right tokens cost no write, so a calendar app polling its feed is never slowed.
 */
export const FEED_MISS_RULE: RateRule = { capacity: 20, perSeconds: 600 };

// A token is 32 bytes in base64url: 43 characters. Anything else is a miss without a lookup.
export const ReadCalendarFeedSchema = z.object({
	token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'validation.invalid')
});

/**
 * The private feed behind a token: its owner's confirmed registrations from 30 days ago on, cancelled
 * occurrences marked CANCELLED, in the owner's language, discreet when they chose it. A revoked or unknown
 * token is NOT_FOUND. No session is needed: the token is the credential.
 */
export async function readCalendarFeed(
	ctx: Ctx,
	input: z.input<typeof ReadCalendarFeedSchema>,
	options: { siteUrl: string }
): Promise<string> {
	const now = ctx.clock.now();
	const missKey = `calendar-feed-miss:${ctx.ip ?? 'unknown'}`;
	const parsed = ReadCalendarFeedSchema.safeParse(input);
	// The address's wrong guesses and the feed's owner are read at once: one round trip before the rows.
	const [wait, [owner]] = await Promise.all([
		secondsUntil(ctx.db, missKey, FEED_MISS_RULE, now),
		parsed.success ? feedOwner(ctx, hashToken(parsed.data.token)) : Promise.resolve([])
	]);
	if (wait > 0) throw new DomainError('RATE_LIMITED', 'error.rate_limited', [], wait);
	if (!owner) {
		await takeToken(ctx.db, missKey, FEED_MISS_RULE, now);
		throw new DomainError('NOT_FOUND');
	}
	const rows = await feedRows(ctx, owner.accountId, now);
	return buildCalendar(
		rows.map((row) => toCalendarEntry(row, 'confirmed')),
		{
			locale: isLocale(owner.locale) ? owner.locale : 'fr',
			discreet: owner.discreet ?? false,
			siteUrl: options.siteUrl,
			now
		}
	);
}

/** The live feed's owner, their language and discreet choice (left out: not discreet). */
function feedOwner(ctx: Ctx, tokenHash: string) {
	return ctx.db
		.select({
			accountId: calendarFeeds.accountId,
			locale: accounts.locale,
			discreet: gatheringPreferences.discreet
		})
		.from(calendarFeeds)
		.innerJoin(accounts, eq(accounts.id, calendarFeeds.accountId))
		.leftJoin(gatheringPreferences, eq(gatheringPreferences.accountId, calendarFeeds.accountId))
		.where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)));
}

function feedRows(ctx: Ctx, accountId: string, now: Date) {
	const since = new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000);
	return ctx.db
		.select(calendarColumns)
		.from(sessionRegistrations)
		.innerJoin(sessionOccurrences, eq(sessionOccurrences.id, sessionRegistrations.occurrenceId))
		.innerJoin(groupSessions, eq(groupSessions.id, sessionOccurrences.sessionId))
		.innerJoin(peerGroups, eq(peerGroups.id, sessionOccurrences.groupId))
		.innerJoin(organisations, eq(organisations.id, sessionOccurrences.organisationId))
		.where(
			and(
				eq(sessionRegistrations.accountId, accountId),
				// A place held, or one released by the occurrence's own cancellation (so the calendar shows
				// it CANCELLED instead of silently dropping it); not a place the person gave up earlier.
				or(
					eq(sessionRegistrations.status, 'confirmed'),
					and(
						eq(sessionOccurrences.status, 'cancelled'),
						eq(sessionRegistrations.status, 'cancelled'),
						gte(sessionRegistrations.cancelledAt, sessionOccurrences.cancelledAt)
					)
				),
				gte(sessionOccurrences.startsAt, since)
			)
		)
		.orderBy(asc(sessionOccurrences.startsAt));
}
