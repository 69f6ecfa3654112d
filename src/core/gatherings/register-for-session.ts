import { and, count, eq, lte, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { sessionRegistrations } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canRegisterForSession, canTakePart } from './policy';
import { loadGroupForActor } from './queries';
import { occurrenceInput } from './session-schemas';
import type { RegistrationStatus } from './vocabulary';
import { countConfirmed, lockOccurrence, type LockedOccurrence } from './waiting-list';

/** Why an occurrence takes no (more) registrations now, or null when it does. */
export function closedReason(occurrence: Omit<LockedOccurrence, 'capacity'>, now: Date): string | null {
	if (occurrence.status === 'cancelled') return 'error.session.cancelled';
	if (occurrence.startsAt <= now) return 'error.session.started';
	const closesAt = occurrence.startsAt.getTime() - occurrence.registrationClosesMinutes * 60_000;
	return closesAt <= now.getTime() ? 'error.session.closed' : null;
}

/** A waiting person's place in the line (1: next), by order of arrival. */
export async function waitingPosition(db: DatabaseOrTransaction, occurrenceId: string, seq: number) {
	const [row] = await db
		.select({ value: count() })
		.from(sessionRegistrations)
		.where(
			and(
				eq(sessionRegistrations.occurrenceId, occurrenceId),
				eq(sessionRegistrations.status, 'waiting'),
				lte(sessionRegistrations.seq, seq)
			)
		);
	return row?.value ?? 0;
}

/** A person's registration status for an occurrence, null when they never registered. */
async function registrationStatus(
	db: DatabaseOrTransaction,
	occurrenceId: string,
	accountId: string
): Promise<RegistrationStatus | null> {
	const [row] = await db
		.select({ status: sessionRegistrations.status })
		.from(sessionRegistrations)
		.where(
			and(eq(sessionRegistrations.occurrenceId, occurrenceId), eq(sessionRegistrations.accountId, accountId))
		);
	return (row?.status as RegistrationStatus | undefined) ?? null;
}

/**
 * Registers the actor for an occurrence: confirmed while places are left, otherwise on the waiting list, in
 * order of arrival. The occurrence row is locked first (lockOccurrence), so capacity holds however many
 * register at once. Only active members of the group who accepted its current charter register (a companion
 * only where the member they accompany is registered or waiting). Someone
 * who cancelled and comes back gets their row again with a new arrival number (the end of the line).
 * Registering twice changes nothing.
 */
export async function registerForSession(ctx: Ctx, input: { occurrenceId: string }) {
	const actor = requireActor(ctx);
	const { occurrenceId } = parseInput(occurrenceInput, input);
	const now = ctx.clock.now();
	const outcome = await ctx.db.transaction(async (tx) => {
		const occurrence = await lockOccurrence(tx, occurrenceId);
		if (!occurrence) throw new DomainError('NOT_FOUND');
		const { viewer, facts, member } = await loadGroupForActor(tx, occurrence.groupId, actor);
		permit(canTakePart(viewer, facts), 'error.session.notMember');
		const accompanied = member?.companionOf
			? await registrationStatus(tx, occurrenceId, member.companionOf)
			: null;
		permit(canRegisterForSession(viewer, facts, accompanied), 'error.session.companionAlone');
		const [held] = await tx
			.select({
				id: sessionRegistrations.id,
				status: sessionRegistrations.status,
				seq: sessionRegistrations.seq
			})
			.from(sessionRegistrations)
			.where(
				and(
					eq(sessionRegistrations.occurrenceId, occurrenceId),
					eq(sessionRegistrations.accountId, actor.accountId)
				)
			);
		const reason = closedReason(occurrence, now);
		if (reason) throw new DomainError('CONFLICT', reason);
		if (held && held.status !== 'cancelled') return { ...held, fresh: false };
		const free =
			occurrence.capacity === null || (await countConfirmed(tx, occurrenceId)) < occurrence.capacity;
		const status = free ? 'confirmed' : 'waiting';
		const [registration] = await tx
			.insert(sessionRegistrations)
			.values({ occurrenceId, accountId: actor.accountId, status, registeredAt: now })
			.onConflictDoUpdate({
				target: [sessionRegistrations.occurrenceId, sessionRegistrations.accountId],
				set: {
					status,
					registeredAt: now,
					cancelledAt: null,
					promotedAt: null,
					seq: sql`nextval(pg_get_serial_sequence('session_registrations', 'seq'))`
				}
			})
			.returning({
				id: sessionRegistrations.id,
				status: sessionRegistrations.status,
				seq: sessionRegistrations.seq
			});
		return { ...registration!, fresh: true };
	});
	if (outcome.fresh)
		ctx.events.emit({ type: 'registration.changed', occurrenceId, accountId: actor.accountId });
	const status = outcome.status as 'confirmed' | 'waiting';
	return {
		registrationId: outcome.id,
		status,
		position: status === 'waiting' ? await waitingPosition(ctx.db, occurrenceId, outcome.seq) : null
	};
}
