import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { groupSessions, sessionOccurrences } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { cancelLockedOccurrences } from './cancel-occurrence';
import { canFacilitate } from './policy';
import { loadGroupForActor } from './queries';
import { EndSessionSchema } from './session-schemas';
import { lockOccurrence, type LockedOccurrence } from './waiting-list';

/**
 * Stops a schedule (a facilitator or coordinator): nothing more is written ahead, and its future
 * occurrences are cancelled, their registered people told. Past occurrences (and their attendance) stay.
 */
export async function endSession(ctx: Ctx, input: { sessionId: string; reason?: string | null }) {
	const actor = requireActor(ctx);
	const { sessionId, reason } = parseInput(EndSessionSchema, input);
	const [session] = await ctx.db
		.select({ groupId: groupSessions.groupId })
		.from(groupSessions)
		.where(eq(groupSessions.id, sessionId));
	if (!session) throw new DomainError('NOT_FOUND');
	const { viewer } = await loadGroupForActor(ctx.db, session.groupId, actor);
	permit(canFacilitate(viewer), 'error.session.notFacilitator');
	const now = ctx.clock.now();
	const result = await ctx.db.transaction(async (tx) => {
		const [ended] = await tx
			.update(groupSessions)
			.set({ endedAt: now })
			.where(and(eq(groupSessions.id, sessionId), isNull(groupSessions.endedAt)))
			.returning({ id: groupSessions.id });
		if (!ended) return { events: [], cancelled: 0 };
		const future = await tx
			.select({ id: sessionOccurrences.id })
			.from(sessionOccurrences)
			.where(
				and(
					eq(sessionOccurrences.sessionId, sessionId),
					eq(sessionOccurrences.status, 'scheduled'),
					gt(sessionOccurrences.startsAt, now)
				)
			)
			.orderBy(asc(sessionOccurrences.id));
		// Locked in id order, like every other path that locks several occurrences, so none deadlocks.
		const locked: LockedOccurrence[] = [];
		for (const { id } of future) {
			const occurrence = await lockOccurrence(tx, id);
			if (occurrence) locked.push(occurrence);
		}
		const events = await cancelLockedOccurrences(tx, locked, { reason: reason ?? null, now });
		return { events, cancelled: locked.filter((occurrence) => occurrence.status === 'scheduled').length };
	});
	for (const event of result.events) ctx.events.emit(event);
	return { sessionId, cancelled: result.cancelled };
}
