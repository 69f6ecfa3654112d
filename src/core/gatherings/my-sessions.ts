import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import {
	groupSessions,
	organisations,
	peerGroups,
	sessionOccurrences,
	sessionRegistrations
} from '../../db/schema';
import { requireActor, type Ctx } from '../shared';
import type { RegistrationStatus, SessionMode } from './vocabulary';

const waiting = sql.raw('w');

/**
 * The actor's upcoming sessions (not yet ended), soonest first: confirmed places, and places on a waiting
 * list with their position in it. No link or number here: they stay on each session's page.
 */
export async function mySessions(ctx: Ctx) {
	const actor = requireActor(ctx);
	const rows = await ctx.db
		.select({
			occurrenceId: sessionOccurrences.id,
			startsAt: sessionOccurrences.startsAt,
			endsAt: sessionOccurrences.endsAt,
			cancelled: sql<boolean>`${sessionOccurrences.status} = 'cancelled'`,
			groupId: peerGroups.id,
			groupTitle: peerGroups.title,
			organisationName: organisations.name,
			mode: groupSessions.mode,
			status: sessionRegistrations.status,
			// 1 for the first person waiting: those who arrived before, plus oneself.
			position: sql<number | null>`case when ${sessionRegistrations.status} = 'waiting' then (
				select count(*)::int from session_registrations ${waiting}
				where ${waiting}.occurrence_id = ${sessionRegistrations.occurrenceId}
					and ${waiting}.status = 'waiting' and ${waiting}.seq <= ${sessionRegistrations.seq}) end`
		})
		.from(sessionRegistrations)
		.innerJoin(sessionOccurrences, eq(sessionOccurrences.id, sessionRegistrations.occurrenceId))
		.innerJoin(groupSessions, eq(groupSessions.id, sessionOccurrences.sessionId))
		.innerJoin(peerGroups, eq(peerGroups.id, sessionOccurrences.groupId))
		.innerJoin(organisations, eq(organisations.id, sessionOccurrences.organisationId))
		.where(
			and(
				eq(sessionRegistrations.accountId, actor.accountId),
				inArray(sessionRegistrations.status, ['confirmed', 'waiting']),
				gt(sessionOccurrences.endsAt, ctx.clock.now())
			)
		)
		.orderBy(asc(sessionOccurrences.startsAt))
		.limit(200);
	return rows.map((row) => ({
		...row,
		mode: row.mode as SessionMode,
		status: row.status as RegistrationStatus,
		position: row.position === null ? null : Number(row.position)
	}));
}
