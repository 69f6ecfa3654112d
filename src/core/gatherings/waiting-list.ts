import { and, asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/client';
import { groupSessions, sessionOccurrences, sessionRegistrations } from '../../db/schema';
import { notifyAll } from '../notifications/notify';
import type { DomainEvent } from '../shared';
import type { OccurrenceStatus } from './vocabulary';

export interface LockedOccurrence {
	id: string;
	groupId: string;
	organisationId: string;
	startsAt: Date;
	status: OccurrenceStatus;
	/** From its schedule; null: no limit. */
	capacity: number | null;
	registrationClosesMinutes: number;
}

/**
 * Locks one occurrence row (FOR UPDATE) and reads what registration needs. Every change to who holds a place
 * (registering, cancelling, promoting, leaving a group) takes this lock first, so "count the confirmed, then
 * confirm or queue" can never run twice at once for the same occurrence: capacity holds under any
 * concurrency, on PGlite and PostgreSQL. Null when it does not exist.
 */
export async function lockOccurrence(
	tx: Transaction,
	occurrenceId: string
): Promise<LockedOccurrence | null> {
	const [row] = await tx
		.select({
			id: sessionOccurrences.id,
			groupId: sessionOccurrences.groupId,
			organisationId: sessionOccurrences.organisationId,
			startsAt: sessionOccurrences.startsAt,
			status: sessionOccurrences.status,
			capacity: groupSessions.capacity,
			registrationClosesMinutes: groupSessions.registrationClosesMinutes
		})
		.from(sessionOccurrences)
		.innerJoin(groupSessions, eq(groupSessions.id, sessionOccurrences.sessionId))
		.where(eq(sessionOccurrences.id, occurrenceId))
		.for('update', { of: sessionOccurrences });
	return row ? { ...row, status: row.status as OccurrenceStatus } : null;
}

/** Confirmed registrations of an occurrence (call with its row locked for an exact answer). */
export async function countConfirmed(tx: Transaction, occurrenceId: string): Promise<number> {
	const [row] = await tx
		.select({ value: count() })
		.from(sessionRegistrations)
		.where(
			and(eq(sessionRegistrations.occurrenceId, occurrenceId), eq(sessionRegistrations.status, 'confirmed'))
		);
	return row?.value ?? 0;
}

/**
 * Fills the free places of a locked occurrence from its waiting list, in order of arrival, and tells each
 * promoted person (notification centre, and email when they chose it, through the digest), in the caller's
 * transaction. Nobody is promoted into a cancelled or started occurrence. Returns the events to emit after
 * the commit.
 */
export async function promoteWaiting(
	tx: Transaction,
	occurrence: LockedOccurrence,
	now: Date
): Promise<DomainEvent[]> {
	if (occurrence.status !== 'scheduled' || occurrence.startsAt <= now) return [];
	const free =
		occurrence.capacity === null
			? Number.MAX_SAFE_INTEGER
			: occurrence.capacity - (await countConfirmed(tx, occurrence.id));
	if (free <= 0) return [];
	const next = tx
		.select({ id: sessionRegistrations.id })
		.from(sessionRegistrations)
		.where(
			and(eq(sessionRegistrations.occurrenceId, occurrence.id), eq(sessionRegistrations.status, 'waiting'))
		)
		.orderBy(asc(sessionRegistrations.seq))
		.limit(Math.min(free, 10_000));
	const promoted = await tx
		.update(sessionRegistrations)
		.set({ status: 'confirmed', promotedAt: now })
		.where(inArray(sessionRegistrations.id, next))
		.returning({ id: sessionRegistrations.id, accountId: sessionRegistrations.accountId });
	const told = await notifyAll(
		tx,
		promoted.map((registration) => ({
			accountId: registration.accountId,
			kind: 'session.promoted' as const,
			subjectId: registration.id,
			organisationId: occurrence.organisationId,
			now
		}))
	);
	return [
		...promoted.map((registration) => ({
			type: 'registration.changed' as const,
			occurrenceId: occurrence.id,
			accountId: registration.accountId
		})),
		...told
	];
}

/**
 * A person gives up their places in the future occurrences of a group, or of every group of an
 * organisation (they left the group, or the organisation, or were removed): registrations are cancelled,
 * and each place freed goes to the next person waiting. In the caller's transaction; occurrences are
 * locked in id order so that two releases never deadlock. Returns the events to emit after the commit.
 */
export async function releaseRegistrations(
	tx: Transaction,
	input: { accountId: string; groupId?: string; organisationId?: string; now: Date }
): Promise<DomainEvent[]> {
	const scope = input.groupId
		? eq(sessionOccurrences.groupId, input.groupId)
		: input.organisationId
			? eq(sessionOccurrences.organisationId, input.organisationId)
			: sql`true`;
	const held = await tx
		.select({ occurrenceId: sessionRegistrations.occurrenceId })
		.from(sessionRegistrations)
		.innerJoin(sessionOccurrences, eq(sessionOccurrences.id, sessionRegistrations.occurrenceId))
		.where(
			and(
				eq(sessionRegistrations.accountId, input.accountId),
				inArray(sessionRegistrations.status, ['confirmed', 'waiting']),
				gt(sessionOccurrences.startsAt, input.now),
				scope
			)
		);
	const events: DomainEvent[] = [];
	for (const occurrenceId of [...new Set(held.map((row) => row.occurrenceId))].sort()) {
		const occurrence = await lockOccurrence(tx, occurrenceId);
		if (!occurrence) continue;
		const [released] = await tx
			.update(sessionRegistrations)
			.set({ status: 'cancelled', cancelledAt: input.now })
			.where(
				and(
					eq(sessionRegistrations.occurrenceId, occurrenceId),
					eq(sessionRegistrations.accountId, input.accountId),
					inArray(sessionRegistrations.status, ['confirmed', 'waiting'])
				)
			)
			.returning({ id: sessionRegistrations.id });
		if (!released) continue;
		events.push({ type: 'registration.changed', occurrenceId, accountId: input.accountId });
		events.push(...(await promoteWaiting(tx, occurrence, input.now)));
	}
	return events;
}
