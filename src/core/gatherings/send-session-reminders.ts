import { and, eq, gt, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import {
	accounts,
	gatheringPreferences,
	groupSessions,
	peerGroups,
	sessionOccurrences,
	sessionRegistrations
} from '../../db/schema';
import type { Mailer } from '../notifications/mailer';
import type { Ctx } from '../shared';
import { reminderEmail } from './reminder-email';
import type { SessionMode } from './vocabulary';

/** Reminders go out for sessions starting between 24 and 25 hours from now (the job runs every few minutes). */
export const REMINDER_WINDOW_HOURS = { from: 24, to: 25 } as const;

export interface SendSessionRemindersInput {
	mailer: Mailer;
	siteUrl: string;
}

/**
 * The day-before reminder: one email per confirmed registration of a scheduled occurrence starting in 24 to
 * 25 hours, for people who chose reminders and have an email address. Each registration is claimed once
 * across processes (reminded_at moves from null to now in one UPDATE … RETURNING) before its email is
 * sent; a failed send gives the claim back for the next run. Runs without an actor (the scheduler).
 */
export async function sendSessionReminders(ctx: Ctx, input: SendSessionRemindersInput) {
	const now = ctx.clock.now();
	const result = { sent: 0, failed: 0 };
	for (const candidate of await reminderCandidates(ctx.db, now)) {
		if (!(await claim(ctx.db, candidate.registrationId, now, null))) continue;
		try {
			await input.mailer.send(
				reminderEmail(
					{ ...candidate, to: candidate.email!, mode: candidate.mode as SessionMode },
					input.siteUrl
				)
			);
			result.sent += 1;
		} catch {
			await claim(ctx.db, candidate.registrationId, null, now);
			result.failed += 1;
		}
	}
	return result;
}

/** Compare-and-set of reminded_at: true when this call moved it from `from` to `to`. */
async function claim(db: DatabaseOrTransaction, registrationId: string, to: Date | null, from: Date | null) {
	const moved = await db
		.update(sessionRegistrations)
		.set({ remindedAt: to })
		.where(
			and(
				eq(sessionRegistrations.id, registrationId),
				from ? eq(sessionRegistrations.remindedAt, from) : isNull(sessionRegistrations.remindedAt)
			)
		)
		.returning({ id: sessionRegistrations.id });
	return moved.length === 1;
}

function reminderCandidates(db: DatabaseOrTransaction, now: Date) {
	const from = new Date(now.getTime() + REMINDER_WINDOW_HOURS.from * 3_600_000);
	const to = new Date(now.getTime() + REMINDER_WINDOW_HOURS.to * 3_600_000);
	return db
		.select({
			registrationId: sessionRegistrations.id,
			email: accounts.email,
			locale: accounts.locale,
			discreet: gatheringPreferences.discreet,
			occurrenceId: sessionOccurrences.id,
			startsAt: sessionOccurrences.startsAt,
			groupTitle: peerGroups.title,
			mode: groupSessions.mode,
			address: sql<string | null>`coalesce(${sessionOccurrences.addressOverride}, ${groupSessions.address})`
		})
		.from(sessionRegistrations)
		.innerJoin(sessionOccurrences, eq(sessionOccurrences.id, sessionRegistrations.occurrenceId))
		.innerJoin(groupSessions, eq(groupSessions.id, sessionOccurrences.sessionId))
		.innerJoin(peerGroups, eq(peerGroups.id, sessionOccurrences.groupId))
		.innerJoin(accounts, eq(accounts.id, sessionRegistrations.accountId))
		.innerJoin(gatheringPreferences, eq(gatheringPreferences.accountId, sessionRegistrations.accountId))
		.where(
			and(
				eq(sessionRegistrations.status, 'confirmed'),
				isNull(sessionRegistrations.remindedAt),
				eq(sessionOccurrences.status, 'scheduled'),
				gt(sessionOccurrences.startsAt, from),
				lte(sessionOccurrences.startsAt, to),
				eq(gatheringPreferences.reminders, true),
				isNotNull(accounts.email)
			)
		);
}
