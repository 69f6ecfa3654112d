import { asc, eq } from 'drizzle-orm';
import {
	calendarFeeds,
	gatheringPreferences,
	peerGroups,
	sessionOccurrences,
	sessionRegistrations
} from '../../db/schema';
import type { Transaction } from '../../db/client';
import type { PersonalDataContributor } from '../shared';

/** What a person's data holds about their sessions, for the JSON export and the readable copy alike. */
export async function sessionsRecordOf(tx: Transaction, accountId: string) {
	const [registrations, preferences, feeds] = await Promise.all([
		tx
			.select({
				group: peerGroups.title,
				startsAt: sessionOccurrences.startsAt,
				status: sessionRegistrations.status,
				registeredAt: sessionRegistrations.registeredAt,
				cancelledAt: sessionRegistrations.cancelledAt,
				attended: sessionRegistrations.attended,
				remindedAt: sessionRegistrations.remindedAt
			})
			.from(sessionRegistrations)
			.innerJoin(sessionOccurrences, eq(sessionOccurrences.id, sessionRegistrations.occurrenceId))
			.innerJoin(peerGroups, eq(peerGroups.id, sessionOccurrences.groupId))
			.where(eq(sessionRegistrations.accountId, accountId))
			.orderBy(asc(sessionOccurrences.startsAt)),
		tx
			.select({ discreet: gatheringPreferences.discreet, reminders: gatheringPreferences.reminders })
			.from(gatheringPreferences)
			.where(eq(gatheringPreferences.accountId, accountId)),
		tx
			.select({ createdAt: calendarFeeds.createdAt, revokedAt: calendarFeeds.revokedAt })
			.from(calendarFeeds)
			.where(eq(calendarFeeds.accountId, accountId))
			.orderBy(asc(calendarFeeds.createdAt))
	]);
	return { registrations, preferences: preferences[0] ?? null, calendarFeeds: feeds };
}

/**
 * A person's registrations (group, date, status, attended), their session choices and their calendar feeds
 * (dates only: the token was never kept). Never a session's meeting link or phone number, never anyone
 * else. Registrations, choices and feeds are erased with the person; the occurrences' anonymous counts stay.
 */
export const calendarsPersonalData: PersonalDataContributor = {
	module: 'gatherings.calendars',
	exportFor: sessionsRecordOf,
	async eraseFor(tx, accountId) {
		// The foreign keys cascade too; deleting here keeps erasure explicit and in order.
		await tx.delete(calendarFeeds).where(eq(calendarFeeds.accountId, accountId));
		await tx.delete(gatheringPreferences).where(eq(gatheringPreferences.accountId, accountId));
	}
};
