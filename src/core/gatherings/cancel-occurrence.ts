import { and, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/client';
import { sessionOccurrences, sessionRegistrations } from '../../db/schema';
import { notifyAll } from '../notifications/notify';
import { DomainError, parseInput, permit, requireActor, type Ctx, type DomainEvent } from '../shared';
import { canFacilitate } from './policy';
import { loadGroupForActor } from './queries';
import { CancelOccurrenceSchema } from './session-schemas';
import { lockOccurrence, type LockedOccurrence } from './waiting-list';

/**
 * Cancels locked, scheduled occurrences and tells everyone registered or waiting ('session.cancelled'), in
 * the caller's transaction. Registrations are kept as they were, so feeds and lists show the session as
 * cancelled rather than silently gone. Returns the events to emit after the commit.
 */
export async function cancelLockedOccurrences(
	tx: Transaction,
	occurrences: LockedOccurrence[],
	input: { reason: string | null; now: Date }
): Promise<DomainEvent[]> {
	const ids = occurrences.filter((occurrence) => occurrence.status === 'scheduled').map((o) => o.id);
	if (ids.length === 0) return [];
	await tx
		.update(sessionOccurrences)
		.set({ status: 'cancelled', cancelledAt: input.now, cancelReason: input.reason })
		.where(inArray(sessionOccurrences.id, ids));
	const registered = await tx
		.select({ occurrenceId: sessionRegistrations.occurrenceId, accountId: sessionRegistrations.accountId })
		.from(sessionRegistrations)
		.where(
			and(
				inArray(sessionRegistrations.occurrenceId, ids),
				inArray(sessionRegistrations.status, ['confirmed', 'waiting'])
			)
		);
	const byId = new Map(occurrences.map((occurrence) => [occurrence.id, occurrence]));
	const told = await notifyAll(
		tx,
		registered.map((row) => ({
			accountId: row.accountId,
			kind: 'session.cancelled' as const,
			subjectId: row.occurrenceId,
			organisationId: byId.get(row.occurrenceId)!.organisationId,
			now: input.now
		}))
	);
	return [
		...ids.map((occurrenceId) => ({
			type: 'occurrence.changed' as const,
			occurrenceId,
			groupId: byId.get(occurrenceId)!.groupId
		})),
		...told
	];
}

/**
 * Cancels one occurrence of a schedule (a facilitator or coordinator), with an optional reason shown to
 * the people registered, who are told in the same commit. The rest of a recurring schedule is unchanged.
 */
export async function cancelOccurrence(ctx: Ctx, input: { occurrenceId: string; reason?: string | null }) {
	const actor = requireActor(ctx);
	const { occurrenceId, reason } = parseInput(CancelOccurrenceSchema, input);
	const now = ctx.clock.now();
	const events = await ctx.db.transaction(async (tx) => {
		const occurrence = await lockOccurrence(tx, occurrenceId);
		if (!occurrence) throw new DomainError('NOT_FOUND');
		const { viewer } = await loadGroupForActor(tx, occurrence.groupId, actor);
		permit(canFacilitate(viewer), 'error.session.notFacilitator');
		if (occurrence.status === 'cancelled') return [];
		if (occurrence.startsAt <= now) throw new DomainError('CONFLICT', 'error.session.started');
		return cancelLockedOccurrences(tx, [occurrence], { reason: reason ?? null, now });
	});
	for (const event of events) ctx.events.emit(event);
	return { occurrenceId, status: 'cancelled' as const };
}
