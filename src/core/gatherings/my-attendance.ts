import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { peerGroups, sessionOccurrences, sessionRegistrations } from '../../db/schema';
import { requireActor, type Ctx } from '../shared';

/** The actor's own attendance history, newest first: when, which group, whether they came. Nobody else's. */
export async function myAttendance(ctx: Ctx) {
	const actor = requireActor(ctx);
	return ctx.db
		.select({
			occurrenceId: sessionOccurrences.id,
			startsAt: sessionOccurrences.startsAt,
			groupTitle: peerGroups.title,
			attended: sessionRegistrations.attended
		})
		.from(sessionRegistrations)
		.innerJoin(sessionOccurrences, eq(sessionOccurrences.id, sessionRegistrations.occurrenceId))
		.innerJoin(peerGroups, eq(peerGroups.id, sessionOccurrences.groupId))
		.where(and(eq(sessionRegistrations.accountId, actor.accountId), isNotNull(sessionRegistrations.attended)))
		.orderBy(desc(sessionOccurrences.startsAt))
		.limit(500);
}
