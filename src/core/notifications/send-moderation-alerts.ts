import { and, eq, isNotNull, isNull, lte, or } from 'drizzle-orm';
import { accounts } from '../../db/schema';
import { newestWaitingReportAt } from '../moderation';
import type { Ctx } from '../shared';
import { sendClaimed } from './claims';
import type { Mailer } from './mailer';
import { notificationEmail } from './notification-email';
import { MODERATION_ALERT_INTERVAL_MINUTES, shouldSendModerationAlert } from './policy';

/**
 * Emails the staff who asked for it when a report arrived in their moderation queue since their last
 * alert, at most once an hour. Runs without an actor (the scheduler), beside the digests.
 */
export async function sendModerationAlerts(ctx: Ctx, input: { mailer: Mailer; siteUrl: string }) {
	const now = ctx.clock.now();
	const result = { sent: 0, failed: 0 };
	const intervalStart = new Date(now.getTime() - MODERATION_ALERT_INTERVAL_MINUTES * 60_000);
	const candidates = await ctx.db
		.select({
			id: accounts.id,
			pseudonym: accounts.pseudonym,
			isInstanceAdmin: accounts.isInstanceAdmin,
			email: accounts.email,
			locale: accounts.locale,
			moderationAlerts: accounts.moderationAlerts,
			discreetNotifications: accounts.discreetNotifications,
			lastModerationAlertAt: accounts.lastModerationAlertAt
		})
		.from(accounts)
		.where(
			and(
				eq(accounts.moderationAlerts, true),
				isNotNull(accounts.email),
				or(isNull(accounts.lastModerationAlertAt), lte(accounts.lastModerationAlertAt, intervalStart))
			)
		);
	for (const person of candidates) {
		const newestWaitingAt = await newestWaitingReportAt(ctx.db, {
			accountId: person.id,
			pseudonym: person.pseudonym,
			isInstanceAdmin: person.isInstanceAdmin
		});
		if (!shouldSendModerationAlert({ ...person, newestWaitingAt }, now) || !person.email) continue;
		const outcome = await sendClaimed(
			ctx.db,
			input.mailer,
			{
				accountId: person.id,
				column: 'lastModerationAlertAt',
				lastSentAt: person.lastModerationAlertAt,
				now
			},
			notificationEmail('moderation', {
				to: person.email,
				locale: person.locale,
				discreet: person.discreetNotifications,
				siteUrl: input.siteUrl
			})
		);
		if (outcome !== 'taken') result[outcome] += 1;
	}
	return result;
}
