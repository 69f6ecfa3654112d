import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { z } from 'zod';
import { sessionOccurrences, sessionRegistrations } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { loadOccurrenceForFacilitator } from './attendance-sheet';
import { lockOccurrence } from './waiting-list';

/** A form sends one value per ticked box (or none); JSON sends an array. */
const idList = z.preprocess(
	(value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
	z.array(z.uuid('validation.invalid'), 'validation.invalid').max(10_000, 'validation.invalid')
);

export const RecordAttendanceSchema = z.object({
	occurrenceId: z.uuid('validation.invalid'),
	/** Among the people holding a confirmed place, those who came. */
	attendedAccountIds: idList,
	/** People who came without registering: counted, never named. */
	walkInCount: z.coerce
		.number('validation.calendars.walkInCount')
		.int('validation.calendars.walkInCount')
		.min(0, 'validation.calendars.walkInCount')
		.max(10_000, 'validation.calendars.walkInCount')
});

/**
 * A facilitator records who came, once the occurrence has started: `attended` on each confirmed
 * registration, and on the occurrence the counts the organisation reports without names (who came among the
 * registered, and walk-ins). Recording again replaces the previous record.
 */
export async function recordAttendance(ctx: Ctx, input: z.input<typeof RecordAttendanceSchema>) {
	const actor = requireActor(ctx);
	const { occurrenceId, attendedAccountIds, walkInCount } = parseInput(RecordAttendanceSchema, input);
	const occurrence = await loadOccurrenceForFacilitator(ctx.db, occurrenceId, actor);
	const now = ctx.clock.now();
	if (occurrence.status === 'cancelled') throw new DomainError('CONFLICT', 'calendars.error.cancelled');
	if (occurrence.startsAt > now) throw new DomainError('CONFLICT', 'calendars.error.notStarted');
	const attendedCount = await ctx.db.transaction(async (tx) => {
		// The same lock as registration: a record and a cancellation never interleave.
		await lockOccurrence(tx, occurrenceId);
		const ids = [...new Set(attendedAccountIds)];
		const ofThisOccurrence = and(
			eq(sessionRegistrations.occurrenceId, occurrenceId),
			eq(sessionRegistrations.status, 'confirmed')
		);
		const came = ids.length
			? await tx
					.update(sessionRegistrations)
					.set({ attended: true })
					.where(and(ofThisOccurrence, inArray(sessionRegistrations.accountId, ids)))
					.returning({ id: sessionRegistrations.id })
			: [];
		if (came.length !== ids.length) {
			throw new DomainError('INVALID', 'error.invalid', [
				{ field: 'attendedAccountIds', message: 'validation.calendars.notRegistered' }
			]);
		}
		await tx
			.update(sessionRegistrations)
			.set({ attended: false })
			.where(
				ids.length ? and(ofThisOccurrence, notInArray(sessionRegistrations.accountId, ids)) : ofThisOccurrence
			);
		await tx
			.update(sessionOccurrences)
			.set({ attendedCount: came.length, walkInCount, attendanceRecordedAt: now })
			.where(eq(sessionOccurrences.id, occurrenceId));
		return came.length;
	});
	ctx.events.emit({ type: 'occurrence.changed', occurrenceId, groupId: occurrence.groupId });
	return { attendedCount, walkInCount, recordedAt: now };
}
