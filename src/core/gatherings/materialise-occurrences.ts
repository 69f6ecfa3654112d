import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { groupSessions, peerGroups, sessionOccurrences } from '../../db/schema';
import { expandOccurrences } from './recurrence';
import { MATERIALISE_DAYS_AHEAD } from './vocabulary';

type SessionRow = typeof groupSessions.$inferSelect;

/**
 * Writes a schedule's occurrences from `now` to MATERIALISE_DAYS_AHEAD days ahead. Idempotent: the unique
 * (session, start) lets a second run, or another process running it at the same time, insert nothing, and
 * an occurrence cancelled on its own stays cancelled (its row is there, so it is not written again), and one
 * moved keeps its schedule's slot, so it is not written again at its old date.
 * Returns the new occurrences' ids, in order.
 */
export async function materialiseOccurrences(
	db: DatabaseOrTransaction,
	session: SessionRow,
	organisationId: string,
	now: Date
): Promise<string[]> {
	if (session.endedAt) return [];
	const until = new Date(now.getTime() + MATERIALISE_DAYS_AHEAD * 86_400_000);
	const starts = expandOccurrences(session, { from: now, until });
	if (starts.length === 0) return [];
	const inserted = await db
		.insert(sessionOccurrences)
		.values(
			starts.map((startsAt) => ({
				sessionId: session.id,
				groupId: session.groupId,
				organisationId,
				startsAt,
				endsAt: new Date(startsAt.getTime() + session.durationMinutes * 60_000)
			}))
		)
		// Either unique: (session, start), or the schedule's slot that a moved occurrence keeps (`movedFrom`).
		.onConflictDoNothing()
		.returning({ id: sessionOccurrences.id });
	return inserted.map((row) => row.id);
}

/**
 * The daily job: every recurring schedule still running (not ended, group not archived) gets its
 * occurrences written up to MATERIALISE_DAYS_AHEAD days ahead. Safe when several processes run it at
 * once: the inserts are idempotent. Returns how many occurrences were new.
 */
export async function extendRecurringSchedules(db: DatabaseOrTransaction, now: Date): Promise<number> {
	const running = await db
		.select({ session: groupSessions, organisationId: peerGroups.organisationId })
		.from(groupSessions)
		.innerJoin(peerGroups, eq(peerGroups.id, groupSessions.groupId))
		.where(and(isNotNull(groupSessions.rrule), isNull(groupSessions.endedAt), isNull(peerGroups.archivedAt)));
	let created = 0;
	for (const row of running)
		created += (await materialiseOccurrences(db, row.session, row.organisationId, now)).length;
	return created;
}
