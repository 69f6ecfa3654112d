import { and, eq, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import {
	groupSessions,
	organisations,
	peerGroups,
	sessionOccurrences,
	sessionRegistrations
} from '../../db/schema';
import type { CalendarEntry } from './calendar-entries';
import type { RegistrationStatus, SessionMode } from './vocabulary';

/** The columns a calendar entry needs, joined from the occurrence, its schedule, group and organisation. */
export const calendarColumns = {
	occurrenceId: sessionOccurrences.id,
	groupId: sessionOccurrences.groupId,
	startsAt: sessionOccurrences.startsAt,
	endsAt: sessionOccurrences.endsAt,
	status: sessionOccurrences.status,
	groupTitle: peerGroups.title,
	organisationName: organisations.name,
	mode: groupSessions.mode,
	// An occurrence changed on its own (change-occurrence.ts) has its own place, link or phone.
	address: sql<string | null>`coalesce(${sessionOccurrences.addressOverride}, ${groupSessions.address})`,
	meetingLink: sql<
		string | null
	>`coalesce(${sessionOccurrences.meetingLinkOverride}, ${groupSessions.meetingLink})`,
	phoneNumber: sql<
		string | null
	>`coalesce(${sessionOccurrences.phoneNumberOverride}, ${groupSessions.phoneNumber})`
};

type CalendarRow = {
	occurrenceId: string;
	startsAt: Date;
	endsAt: Date;
	status: string;
	groupTitle: string;
	organisationName: string;
	mode: string;
	address: string | null;
	meetingLink: string | null;
	phoneNumber: string | null;
};

/**
 * A row as a calendar entry. The meeting link and phone number stay only for a confirmed place: the one
 * rule for pages, feeds and files.
 */
export function toCalendarEntry(row: CalendarRow, registration: RegistrationStatus | null): CalendarEntry {
	const confirmed = registration === 'confirmed';
	return {
		occurrenceId: row.occurrenceId,
		startsAt: row.startsAt,
		endsAt: row.endsAt,
		cancelled: row.status === 'cancelled',
		groupTitle: row.groupTitle,
		organisationName: row.organisationName,
		mode: row.mode as SessionMode,
		address: row.address,
		meetingLink: confirmed ? row.meetingLink : null,
		phoneNumber: confirmed ? row.phoneNumber : null
	};
}

/** One occurrence with what a calendar needs and the given person's registration status (or null). */
export async function loadOccurrenceForCalendar(
	db: DatabaseOrTransaction,
	occurrenceId: string,
	accountId: string
) {
	const [row] = await db
		.select({ ...calendarColumns, registration: sessionRegistrations.status })
		.from(sessionOccurrences)
		.innerJoin(groupSessions, eq(groupSessions.id, sessionOccurrences.sessionId))
		.innerJoin(peerGroups, eq(peerGroups.id, sessionOccurrences.groupId))
		.innerJoin(organisations, eq(organisations.id, sessionOccurrences.organisationId))
		.leftJoin(
			sessionRegistrations,
			and(
				eq(sessionRegistrations.occurrenceId, sessionOccurrences.id),
				eq(sessionRegistrations.accountId, accountId)
			)
		)
		.where(eq(sessionOccurrences.id, occurrenceId));
	return row ? { ...row, registration: row.registration as RegistrationStatus | null } : null;
}
