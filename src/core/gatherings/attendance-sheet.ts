import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DatabaseOrTransaction } from '../../db/client';
import { accounts, peerGroups, sessionOccurrences, sessionRegistrations } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Actor, type Ctx } from '../shared';
import { canFacilitate } from './policy';
import { loadGroupForActor } from './queries';

export const AttendanceSheetSchema = z.object({ occurrenceId: z.uuid('validation.invalid') });

/**
 * The occurrence for attendance, if the actor facilitates its group: NOT_FOUND when they may not see the
 * group, FORBIDDEN when they see it without running it.
 */
export async function loadOccurrenceForFacilitator(
	db: DatabaseOrTransaction,
	occurrenceId: string,
	actor: Actor
) {
	const [occurrence] = await db
		.select({
			id: sessionOccurrences.id,
			groupId: sessionOccurrences.groupId,
			groupTitle: peerGroups.title,
			startsAt: sessionOccurrences.startsAt,
			endsAt: sessionOccurrences.endsAt,
			status: sessionOccurrences.status,
			attendanceRecordedAt: sessionOccurrences.attendanceRecordedAt,
			attendedCount: sessionOccurrences.attendedCount,
			walkInCount: sessionOccurrences.walkInCount
		})
		.from(sessionOccurrences)
		.innerJoin(peerGroups, eq(peerGroups.id, sessionOccurrences.groupId))
		.where(eq(sessionOccurrences.id, occurrenceId));
	if (!occurrence) throw new DomainError('NOT_FOUND');
	const { viewer } = await loadGroupForActor(db, occurrence.groupId, actor);
	permit(canFacilitate(viewer));
	return occurrence;
}

/**
 * What a facilitator needs to record attendance: the occurrence, the people holding a confirmed place (by
 * pseudonym, with what was recorded for them), the walk-in count, and whether it has started yet.
 */
export async function attendanceSheet(ctx: Ctx, input: z.input<typeof AttendanceSheetSchema>) {
	const actor = requireActor(ctx);
	const { occurrenceId } = parseInput(AttendanceSheetSchema, input);
	const occurrence = await loadOccurrenceForFacilitator(ctx.db, occurrenceId, actor);
	const people = await ctx.db
		.select({
			accountId: sessionRegistrations.accountId,
			pseudonym: accounts.pseudonym,
			attended: sessionRegistrations.attended
		})
		.from(sessionRegistrations)
		.innerJoin(accounts, eq(accounts.id, sessionRegistrations.accountId))
		.where(
			and(eq(sessionRegistrations.occurrenceId, occurrenceId), eq(sessionRegistrations.status, 'confirmed'))
		)
		.orderBy(asc(accounts.pseudonym));
	return { occurrence, people, started: occurrence.startsAt <= ctx.clock.now() };
}
