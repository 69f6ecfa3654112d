import { and, eq, gt, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { accounts, conversations, messages, conversationParticipants, notifications } from '../../db/schema';
import { unreadMessageCondition, unreadParticipantJoin } from '../conversations';
import type { Ctx } from '../shared';
import { sendClaimed } from './claims';
import { notificationEmail, type DigestNews } from './notification-email';
import type { Mailer } from './mailer';
import { DIGEST_INTERVAL_HOURS, DIGEST_QUIET_MINUTES, shouldSendDigest, type DigestFacts } from './policy';

export interface SendNotificationDigestsInput {
	mailer: Mailer;
	/** The instance's public address, for the link in the email. */
	siteUrl: string;
}

/**
 * Emails everyone who asked for it and has unread messages or notifications that are quiet (15 minutes)
 * and not yet announced, at most once a day. New notifications are announced by count and kind only
 * (never what they name); a discreet email stays the one neutral sentence. Runs without an actor (the scheduler). Returns how many were sent/failed.
 */
export async function sendNotificationDigests(ctx: Ctx, input: SendNotificationDigestsInput) {
	const now = ctx.clock.now();
	const result = { sent: 0, failed: 0 };
	for (const person of await digestCandidates(ctx, now)) {
		if (!shouldSendDigest(person, now) || !person.email) continue;
		const outcome = await sendClaimed(
			ctx.db,
			input.mailer,
			{ accountId: person.id, column: 'lastDigestAt', lastSentAt: person.lastDigestAt, now },
			notificationEmail('digest', {
				to: person.email,
				locale: person.locale,
				discreet: person.discreetNotifications,
				siteUrl: input.siteUrl,
				news: person.discreetNotifications ? undefined : await digestNews(ctx, person, now)
			})
		);
		if (outcome !== 'taken') result[outcome] += 1;
	}
	return result;
}

/** People opted in with an address, not written to in the last interval, with an unannounced unread message. */
async function digestCandidates(ctx: Ctx, now: Date) {
	const announcedUntil = sql`${accounts.lastDigestAt} - make_interval(mins => ${DIGEST_QUIET_MINUTES})`;
	// Correlated on accounts.id: the same unread rule as the header's badge, for each candidate at once.
	const earliestMessage = sql<Date | string | null>`(${ctx.db
		.select({ at: sql`min(${messages.createdAt})` })
		.from(messages)
		.innerJoin(conversationParticipants, unreadParticipantJoin(accounts.id))
		.innerJoin(conversations, eq(conversations.id, messages.conversationId))
		.where(
			and(
				unreadMessageCondition(accounts.id, now),
				or(isNull(accounts.lastDigestAt), gt(messages.createdAt, announcedUntil))
			)
		)})`;
	// The same for notifications: unread, and newer than what the last digest covered.
	const earliestNotification = sql<Date | string | null>`(${ctx.db
		.select({ at: sql`min(${notifications.createdAt})` })
		.from(notifications)
		.where(
			and(
				eq(notifications.accountId, accounts.id),
				isNull(notifications.readAt),
				or(isNull(accounts.lastDigestAt), gt(notifications.createdAt, announcedUntil))
			)
		)})`;
	const intervalStart = new Date(now.getTime() - DIGEST_INTERVAL_HOURS * 3_600_000);
	const rows = await ctx.db
		.select({
			id: accounts.id,
			email: accounts.email,
			locale: accounts.locale,
			emailDigest: accounts.emailDigest,
			discreetNotifications: accounts.discreetNotifications,
			lastDigestAt: accounts.lastDigestAt,
			hasUnreadMessage: sql<boolean>`${earliestMessage} is not null`,
			// least() skips nulls: the oldest of the two, or null when neither waits.
			earliestUnannouncedAt: sql<Date | string | null>`least(${earliestMessage}, ${earliestNotification})`
		})
		.from(accounts)
		.where(
			and(
				eq(accounts.emailDigest, true),
				isNotNull(accounts.email),
				or(isNull(accounts.lastDigestAt), lte(accounts.lastDigestAt, intervalStart)),
				sql`least(${earliestMessage}, ${earliestNotification}) is not null`
			)
		);
	return rows.map((row): DigestFacts & typeof row & { earliestUnannouncedAt: Date | null } => ({
		...row,
		earliestUnannouncedAt: row.earliestUnannouncedAt ? new Date(row.earliestUnannouncedAt) : null
	}));
}

/**
 * What the digest announces besides messages: how many notifications wait unread and of which kinds (no
 * names, no organisations), those newer than what the last digest covered.
 */
async function digestNews(
	ctx: Ctx,
	person: { id: string; lastDigestAt: Date | null; hasUnreadMessage: boolean },
	now: Date
): Promise<DigestNews> {
	// Like messages, a notification younger than the quiet delay waits for the next digest (maybe read live).
	const quietSince = new Date(now.getTime() - DIGEST_QUIET_MINUTES * 60_000);
	const since = person.lastDigestAt
		? new Date(person.lastDigestAt.getTime() - DIGEST_QUIET_MINUTES * 60_000)
		: null;
	const rows = await ctx.db
		.select({ kind: notifications.kind })
		.from(notifications)
		.where(
			and(
				eq(notifications.accountId, person.id),
				isNull(notifications.readAt),
				lte(notifications.createdAt, quietSince),
				since ? gt(notifications.createdAt, since) : undefined
			)
		);
	return { messages: Boolean(person.hasUnreadMessage), kinds: rows.map((row) => row.kind) };
}
