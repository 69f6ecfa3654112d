import { and, asc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
	groupMembers,
	groupSessions,
	memberships,
	organisations,
	peerGroups,
	sessionOccurrences,
	sessionRegistrations
} from '../../db/schema';
import { reusable } from '../../db/reusable';
import { DomainError, parseInput, type Ctx } from '../shared';
import { DEFAULT_TIME_ZONE, utcToWall, wallToUtc } from './recurrence';
import type { GroupKind, OccurrenceStatus, SessionMode } from './vocabulary';

export const ListProgrammeSchema = z.object({ slug: z.string().trim().min(1).max(80) });

const NOBODY = '00000000-0000-0000-0000-000000000000';
const DAY = 86_400_000;

/** Monday 00:00 (Paris) of the week holding `now`, and two weeks later: this week and the next. */
export function programmeWindow(now: Date, timeZone = DEFAULT_TIME_ZONE) {
	const wall = utcToWall(now, timeZone);
	const midnight = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
	const monday = midnight - ((wall.getUTCDay() + 6) % 7) * DAY;
	return {
		from: wallToUtc(new Date(monday), timeZone),
		until: wallToUtc(new Date(monday + 14 * DAY), timeZone)
	};
}

/**
 * Who may see a group's sessions in the programme, in SQL, mirroring canSeeGroup (policy.ts): anyone when
 * the group's programme is public; otherwise its people, the organisation's coordinators, the instance's
 * admins and the members its audience lets in the room.
 */
function visibleTo() {
	const accountId = sql.placeholder('accountId');
	return sql`(${peerGroups.publicProgramme} or ${sql.placeholder('isInstanceAdmin')}::boolean
		or exists (select 1 from ${groupMembers} where ${groupMembers.groupId} = ${peerGroups.id} and ${groupMembers.accountId} = ${accountId})
		or exists (select 1 from ${memberships} where ${memberships.organisationId} = ${peerGroups.organisationId}
			and ${memberships.accountId} = ${accountId} and ${memberships.status} = 'active'
			and (${memberships.role} = 'coordinator' or case ${peerGroups.audience}
				when 'members' then true
				when 'peers' then ${memberships.role} not in ('professional', 'relative')
				when 'relatives' then ${memberships.role} = 'relative'
				when 'supporters' then ${memberships.role} = 'peer_supporter'
				else false end)))`;
}

// Built once per database handle: the organisation page runs it on every view.
const programmeRows = reusable((db) =>
	db
		.select({
			id: sessionOccurrences.id,
			groupId: peerGroups.id,
			title: peerGroups.title,
			kind: peerGroups.kind,
			startsAt: sessionOccurrences.startsAt,
			endsAt: sessionOccurrences.endsAt,
			status: sessionOccurrences.status,
			mode: groupSessions.mode,
			registration: sessionRegistrations.status
		})
		.from(sessionOccurrences)
		.innerJoin(peerGroups, eq(peerGroups.id, sessionOccurrences.groupId))
		.innerJoin(groupSessions, eq(groupSessions.id, sessionOccurrences.sessionId))
		.leftJoin(
			sessionRegistrations,
			and(
				eq(sessionRegistrations.occurrenceId, sessionOccurrences.id),
				eq(sessionRegistrations.accountId, sql.placeholder('accountId'))
			)
		)
		.where(
			and(
				eq(sessionOccurrences.organisationId, sql.placeholder('organisationId')),
				gte(sessionOccurrences.startsAt, sql.placeholder('from')),
				lt(sessionOccurrences.startsAt, sql.placeholder('until')),
				isNull(peerGroups.archivedAt),
				visibleTo()
			)
		)
		.orderBy(asc(sessionOccurrences.startsAt), asc(peerGroups.title))
		.prepare('programme_rows')
);

/**
 * An organisation's programme for this week and the next, grouped by day (Paris time): visitors see the
 * sessions of groups whose programme is public, members also those of the groups they may see. One query,
 * scoped to the viewer in SQL.
 */
export async function listProgramme(ctx: Ctx, input: { slug: string }) {
	const { slug } = parseInput(ListProgrammeSchema, input);
	const [organisation] = await ctx.db
		.select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
		.from(organisations)
		.where(eq(organisations.slug, slug));
	if (!organisation) throw new DomainError('NOT_FOUND');
	const { from, until } = programmeWindow(ctx.clock.now());
	const rows = await programmeRows(ctx.db).execute({
		organisationId: organisation.id,
		from: from.toISOString(),
		until: until.toISOString(),
		accountId: ctx.actor?.accountId ?? NOBODY,
		isInstanceAdmin: ctx.actor?.isInstanceAdmin ?? false
	});
	const days = new Map<string, ProgrammeEntry[]>();
	for (const row of rows) {
		const day = utcToWall(row.startsAt, DEFAULT_TIME_ZONE).toISOString().slice(0, 10);
		const entry: ProgrammeEntry = {
			...row,
			kind: row.kind as GroupKind,
			status: row.status as OccurrenceStatus,
			mode: row.mode as SessionMode,
			registration:
				row.registration === 'confirmed' || row.registration === 'waiting' ? row.registration : null
		};
		days.set(day, [...(days.get(day) ?? []), entry]);
	}
	return { organisation, from, until, days: [...days].map(([date, occurrences]) => ({ date, occurrences })) };
}

export interface ProgrammeEntry {
	id: string;
	groupId: string;
	title: string;
	kind: GroupKind;
	startsAt: Date;
	endsAt: Date;
	status: OccurrenceStatus;
	mode: SessionMode;
	registration: 'confirmed' | 'waiting' | null;
}
