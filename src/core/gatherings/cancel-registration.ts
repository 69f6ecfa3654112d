import { and, eq, inArray } from 'drizzle-orm';
import { groupMembers, sessionRegistrations } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { occurrenceInput } from './session-schemas';
import { lockOccurrence, promoteWaiting } from './waiting-list';

/**
 * The actor gives up their place (or leaves the waiting list). A place freed goes at once to the next
 * person waiting, who is told ('session.promoted'; by email too through the digest when they chose email).
 * The occurrence is locked first, so parallel cancellations promote each waiting person once. Cancelling
 * what is already cancelled changes nothing; after the start there is nothing left to give up. The places of
 * the companions admitted for this person go with theirs.
 */
export async function cancelRegistration(ctx: Ctx, input: { occurrenceId: string }) {
	const actor = requireActor(ctx);
	const { occurrenceId } = parseInput(occurrenceInput, input);
	const now = ctx.clock.now();
	const events = await ctx.db.transaction(async (tx) => {
		const occurrence = await lockOccurrence(tx, occurrenceId);
		const [held] = occurrence
			? await tx
					.select({ status: sessionRegistrations.status })
					.from(sessionRegistrations)
					.where(
						and(
							eq(sessionRegistrations.occurrenceId, occurrenceId),
							eq(sessionRegistrations.accountId, actor.accountId)
						)
					)
			: [];
		// Someone never registered learns nothing about the occurrence.
		if (!occurrence || !held) throw new DomainError('NOT_FOUND');
		if (held.status === 'cancelled') return [];
		if (occurrence.startsAt <= now) throw new DomainError('CONFLICT', 'error.session.started');
		await tx
			.update(sessionRegistrations)
			.set({ status: 'cancelled', cancelledAt: now })
			.where(
				and(
					eq(sessionRegistrations.occurrenceId, occurrenceId),
					eq(sessionRegistrations.accountId, actor.accountId),
					inArray(sessionRegistrations.status, ['confirmed', 'waiting'])
				)
			);
		// The companions admitted for this person do not stay in the room without them.
		const companions = await tx
			.update(sessionRegistrations)
			.set({ status: 'cancelled', cancelledAt: now })
			.where(
				and(
					eq(sessionRegistrations.occurrenceId, occurrenceId),
					inArray(sessionRegistrations.status, ['confirmed', 'waiting']),
					inArray(
						sessionRegistrations.accountId,
						tx
							.select({ accountId: groupMembers.accountId })
							.from(groupMembers)
							.where(
								and(
									eq(groupMembers.groupId, occurrence.groupId),
									eq(groupMembers.companionOf, actor.accountId)
								)
							)
					)
				)
			)
			.returning({ accountId: sessionRegistrations.accountId });
		return [
			{ type: 'registration.changed' as const, occurrenceId, accountId: actor.accountId },
			...companions.map((row) => ({
				type: 'registration.changed' as const,
				occurrenceId,
				accountId: row.accountId
			})),
			// One pass fills every place freed (theirs and their companions').
			...(held.status === 'confirmed' || companions.length > 0
				? await promoteWaiting(tx, occurrence, now)
				: [])
		];
	});
	for (const event of events) ctx.events.emit(event);
	return { occurrenceId, status: 'cancelled' as const };
}
