import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
	accounts,
	groupSessions,
	organisations,
	peerGroups,
	sessionOccurrences,
	sessionRegistrations
} from '../../db/schema';
import { DomainError, isDomainError, parseInput, type Actor, type Ctx } from '../shared';
import { occurrenceFormValues } from './change-occurrence';
import { canFacilitate, canTakePart, type GroupViewer } from './policy';
import { loadGroupForActor } from './queries';
import { closedReason, waitingPosition } from './register-for-session';
import { occurrenceInput } from './session-schemas';
import type {
	AccessibilityFeature,
	GroupKind,
	OccurrenceStatus,
	RegistrationStatus,
	SessionMode
} from './vocabulary';

/** How the actor relates to the occurrence's group; null viewer: only its public programme lets them in. */
async function viewerOf(ctx: Ctx, group: { id: string; publicProgramme: boolean; archivedAt: Date | null }) {
	try {
		return await loadGroupForActor(ctx.db, group.id, ctx.actor);
	} catch (error) {
		// A group whose programme is public shows its sessions to anyone (read only), like the programme does.
		if (isDomainError(error) && error.code === 'NOT_FOUND' && group.publicProgramme && !group.archivedAt)
			return null;
		throw error;
	}
}

async function loadOccurrence(ctx: Ctx, occurrenceId: string) {
	const [row] = await ctx.db
		.select({
			occurrence: sessionOccurrences,
			session: groupSessions,
			group: {
				id: peerGroups.id,
				title: peerGroups.title,
				kind: peerGroups.kind,
				publicProgramme: peerGroups.publicProgramme,
				archivedAt: peerGroups.archivedAt
			},
			organisation: { id: organisations.id, slug: organisations.slug, name: organisations.name },
			confirmed: sql<number>`(select count(*)::int from ${sessionRegistrations} where ${sessionRegistrations.occurrenceId} = ${sessionOccurrences.id} and ${sessionRegistrations.status} = 'confirmed')`,
			waiting: sql<number>`(select count(*)::int from ${sessionRegistrations} where ${sessionRegistrations.occurrenceId} = ${sessionOccurrences.id} and ${sessionRegistrations.status} = 'waiting')`
		})
		.from(sessionOccurrences)
		.innerJoin(groupSessions, eq(groupSessions.id, sessionOccurrences.sessionId))
		.innerJoin(peerGroups, eq(peerGroups.id, sessionOccurrences.groupId))
		.innerJoin(organisations, eq(organisations.id, sessionOccurrences.organisationId))
		.where(eq(sessionOccurrences.id, occurrenceId));
	if (!row) throw new DomainError('NOT_FOUND');
	return row;
}

async function myRegistration(ctx: Ctx, actor: Actor | null, occurrenceId: string) {
	if (!actor) return null;
	const [row] = await ctx.db
		.select({ status: sessionRegistrations.status, seq: sessionRegistrations.seq })
		.from(sessionRegistrations)
		.where(
			and(
				eq(sessionRegistrations.occurrenceId, occurrenceId),
				eq(sessionRegistrations.accountId, actor.accountId)
			)
		);
	if (!row || row.status === 'cancelled') return null;
	const status = row.status as Exclude<RegistrationStatus, 'cancelled'>;
	return {
		status,
		position: status === 'waiting' ? await waitingPosition(ctx.db, occurrenceId, row.seq) : null
	};
}

/** Facilitators see who registered (names, in order of arrival); nobody else does. */
const attendeesOf = (ctx: Ctx, occurrenceId: string) =>
	ctx.db
		.select({ pseudonym: accounts.pseudonym, status: sessionRegistrations.status })
		.from(sessionRegistrations)
		.innerJoin(accounts, eq(accounts.id, sessionRegistrations.accountId))
		.where(
			and(
				eq(sessionRegistrations.occurrenceId, occurrenceId),
				inArray(sessionRegistrations.status, ['confirmed', 'waiting'])
			)
		)
		.orderBy(asc(sessionRegistrations.seq));

/**
 * One occurrence, as the actor may see it. The meeting link and the phone number go ONLY to people
 * confirmed for this occurrence and to its facilitators; a waiting person sees their place in the line;
 * registered people do not see each other (a count), facilitators see names.
 */
export async function getOccurrence(ctx: Ctx, input: { occurrenceId: string }) {
	const { occurrenceId } = parseInput(occurrenceInput, input);
	const { occurrence, session, group, organisation, confirmed, waiting } = await loadOccurrence(
		ctx,
		occurrenceId
	);
	const related = await viewerOf(ctx, group);
	const viewer: GroupViewer = related?.viewer ?? null;
	const facilitates = canFacilitate(viewer);
	const mine = await myRegistration(ctx, ctx.actor, occurrenceId);
	const reveal = facilitates || mine?.status === 'confirmed';
	const now = ctx.clock.now();
	const closed = closedReason(
		{
			...occurrence,
			status: occurrence.status as OccurrenceStatus,
			registrationClosesMinutes: session.registrationClosesMinutes
		},
		now
	);
	return {
		id: occurrence.id,
		sessionId: session.id,
		group: { id: group.id, title: group.title, kind: group.kind as GroupKind },
		organisation,
		startsAt: occurrence.startsAt,
		endsAt: occurrence.endsAt,
		status: occurrence.status as OccurrenceStatus,
		cancelReason: occurrence.cancelReason,
		recurring: session.rrule !== null,
		scheduleEnded: session.endedAt !== null,
		mode: session.mode as SessionMode,
		address: occurrence.addressOverride ?? session.address,
		accessibility: (occurrence.accessibilityOverride ?? session.accessibility) as AccessibilityFeature[],
		meetingLink: reveal ? (occurrence.meetingLinkOverride ?? session.meetingLink) : null,
		phoneNumber: reveal ? (occurrence.phoneNumberOverride ?? session.phoneNumber) : null,
		/** Moved on its own: where its schedule had put it. */
		movedFrom: occurrence.movedFrom,
		changedAt: occurrence.changedAt,
		/** The change form's current date, time and duration (facilitators only). */
		changeForm: facilitates ? occurrenceFormValues(occurrence, session.timeZone) : null,
		capacity: session.capacity,
		confirmedCount: confirmed,
		waitingCount: waiting,
		placesLeft: session.capacity === null ? null : Math.max(0, session.capacity - confirmed),
		registrationClosesAt: new Date(
			occurrence.startsAt.getTime() - session.registrationClosesMinutes * 60_000
		),
		/** Why registering is not possible now (a catalogue key), or null. */
		closedReason: closed,
		myRegistration: mine,
		/** Whether the actor may register at all (active in the group, current charter); `closedReason` says if now. */
		canRegister: related !== null && canTakePart(viewer, related.facts),
		canFacilitate: facilitates,
		attendees: facilitates ? await attendeesOf(ctx, occurrenceId) : null
	};
}
export type OccurrenceDetails = Awaited<ReturnType<typeof getOccurrence>>;
