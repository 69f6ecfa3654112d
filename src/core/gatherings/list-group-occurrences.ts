import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { groupSessions, sessionOccurrences, sessionRegistrations } from '../../db/schema';
import { parseInput, type Ctx } from '../shared';
import { canFacilitate } from './policy';
import { loadGroupForActor } from './queries';
import { uuidField } from './session-schemas';
import type { OccurrenceStatus, SessionMode } from './vocabulary';

export const ListGroupOccurrencesSchema = z.object({
	groupId: uuidField,
	limit: z.coerce.number().int().min(1).max(50).optional().default(8)
});

const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * A group's next occurrences (not yet ended, cancelled ones included so people see it), with how many
 * places are taken and the actor's own registration; NOT_FOUND for whoever may not see the group.
 */
export async function listGroupOccurrences(ctx: Ctx, input: { groupId: string; limit?: number | string }) {
	const { groupId, limit } = parseInput(ListGroupOccurrencesSchema, input);
	const { viewer } = await loadGroupForActor(ctx.db, groupId, ctx.actor);
	const accountId = ctx.actor?.accountId ?? NOBODY;
	const rows = await ctx.db
		.select({
			id: sessionOccurrences.id,
			sessionId: sessionOccurrences.sessionId,
			startsAt: sessionOccurrences.startsAt,
			endsAt: sessionOccurrences.endsAt,
			status: sessionOccurrences.status,
			mode: groupSessions.mode,
			capacity: groupSessions.capacity,
			recurring: sql<boolean>`${groupSessions.rrule} is not null`,
			confirmedCount: sql<number>`(select count(*)::int from ${sessionRegistrations} r where r.occurrence_id = ${sessionOccurrences.id} and r.status = 'confirmed')`,
			registration: sessionRegistrations.status
		})
		.from(sessionOccurrences)
		.innerJoin(groupSessions, eq(groupSessions.id, sessionOccurrences.sessionId))
		.leftJoin(
			sessionRegistrations,
			and(
				eq(sessionRegistrations.occurrenceId, sessionOccurrences.id),
				eq(sessionRegistrations.accountId, accountId)
			)
		)
		.where(and(eq(sessionOccurrences.groupId, groupId), gt(sessionOccurrences.endsAt, ctx.clock.now())))
		.orderBy(asc(sessionOccurrences.startsAt))
		.limit(limit);
	return {
		groupId,
		canSchedule: canFacilitate(viewer),
		occurrences: rows.map((row) => ({
			...row,
			status: row.status as OccurrenceStatus,
			mode: row.mode as SessionMode,
			registration:
				row.registration === 'confirmed' || row.registration === 'waiting' ? row.registration : null
		}))
	};
}
export type GroupOccurrences = Awaited<ReturnType<typeof listGroupOccurrences>>;
