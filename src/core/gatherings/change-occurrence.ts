import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { groupSessions, notifications, sessionOccurrences, sessionRegistrations } from '../../db/schema';
import { notifyAll } from '../notifications/notify';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canFacilitate, type GroupViewer } from './policy';
import { loadGroupForActor } from './queries';
import { utcToWall, wallFromForm, wallToUtc } from './recurrence';
import { ChangeOccurrenceSchema, type ChangeOccurrenceInput } from './session-schemas';
import type { OccurrenceStatus } from './vocabulary';
import { lockOccurrence } from './waiting-list';

/**
 * Why the actor may not change this occurrence now (a catalogue key), or null: only the group's facilitators
 * and the organisation's coordinators, only a scheduled occurrence that has not started, in a live group.
 */
export function changeOccurrenceRefusal(
	viewer: GroupViewer,
	occurrence: { status: OccurrenceStatus; startsAt: Date; archived: boolean },
	now: Date
): string | null {
	if (!canFacilitate(viewer)) return 'error.session.notFacilitator';
	if (occurrence.archived) return 'error.session.groupArchived';
	if (occurrence.status === 'cancelled') return 'error.session.cancelled';
	if (occurrence.startsAt <= now) return 'error.session.started';
	return null;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Changes one occurrence (a facilitator or coordinator): move it (date and time on its schedule's wall
 * clock), its duration, its place and accessibility, its meeting link or phone number; the fields of the
 * schedule's mode only. The rest of a recurring schedule is unchanged, and a moved occurrence keeps its
 * schedule's slot (`movedFrom`), so the daily job never writes it again at its old date. Everyone
 * registered or waiting is told once ('session.changed', in the same commit; the notification names the
 * group and the date, never the link or the number). Nothing changed: nobody is told.
 */
export async function changeOccurrence(ctx: Ctx, input: ChangeOccurrenceInput) {
	const actor = requireActor(ctx);
	const data = parseInput(ChangeOccurrenceSchema, input);
	const now = ctx.clock.now();
	const result = await ctx.db.transaction(async (tx) => {
		const occurrence = await lockOccurrence(tx, data.occurrenceId);
		if (!occurrence) throw new DomainError('NOT_FOUND');
		const { viewer, facts } = await loadGroupForActor(tx, occurrence.groupId, actor);
		const refusal = changeOccurrenceRefusal(viewer, { ...occurrence, archived: facts.archived }, now);
		if (refusal === 'error.session.notFacilitator' || refusal === 'error.session.groupArchived')
			permit(false, refusal);
		if (refusal) throw new DomainError('CONFLICT', refusal);
		const [row] = await tx
			.select({ occurrence: sessionOccurrences, session: groupSessions })
			.from(sessionOccurrences)
			.innerJoin(groupSessions, eq(groupSessions.id, sessionOccurrences.sessionId))
			.where(eq(sessionOccurrences.id, occurrence.id));
		const { occurrence: current, session } = row!;
		const startsAt = wallToUtc(wallFromForm(data.date, data.time)!, session.timeZone);
		if (startsAt <= now)
			throw new DomainError('INVALID', 'error.invalid', [
				{ field: 'date', message: 'validation.session.past' }
			]);
		const endsAt = new Date(startsAt.getTime() + data.durationMinutes * 60_000);
		const mode = session.mode;
		const place = {
			address: mode === 'in_person' ? (data.address ?? null) : null,
			accessibility: mode === 'in_person' ? data.accessibility : [],
			meetingLink: mode === 'online' ? (data.meetingLink ?? null) : null,
			phoneNumber: mode === 'phone' ? (data.phoneNumber ?? null) : null
		};
		if (mode === 'in_person' && !place.address)
			throw new DomainError('INVALID', 'error.invalid', [
				{ field: 'address', message: 'validation.session.address' }
			]);
		if (mode === 'online' && !place.meetingLink)
			throw new DomainError('INVALID', 'error.invalid', [
				{ field: 'meetingLink', message: 'validation.session.meetingLink' }
			]);
		if (mode === 'phone' && !place.phoneNumber)
			throw new DomainError('INVALID', 'error.invalid', [
				{ field: 'phoneNumber', message: 'validation.session.phone' }
			]);
		const was = {
			address: current.addressOverride ?? session.address,
			accessibility: current.accessibilityOverride ?? session.accessibility,
			meetingLink: current.meetingLinkOverride ?? session.meetingLink,
			phoneNumber: current.phoneNumberOverride ?? session.phoneNumber
		};
		const moved = startsAt.getTime() !== current.startsAt.getTime();
		const changed =
			moved ||
			endsAt.getTime() !== current.endsAt.getTime() ||
			place.address !== was.address ||
			!sameList(place.accessibility, was.accessibility) ||
			place.meetingLink !== was.meetingLink ||
			place.phoneNumber !== was.phoneNumber;
		if (!changed) return { changed: false, groupId: occurrence.groupId, events: [] };
		if (moved) {
			// Another occurrence of the same schedule at that time, or holding that slot: two would be one.
			const [taken] = await tx
				.select({ id: sessionOccurrences.id })
				.from(sessionOccurrences)
				.where(
					and(
						eq(sessionOccurrences.sessionId, session.id),
						ne(sessionOccurrences.id, current.id),
						or(
							eq(sessionOccurrences.startsAt, startsAt),
							sql`coalesce(${sessionOccurrences.movedFrom}, ${sessionOccurrences.startsAt}) = ${startsAt.toISOString()}`
						)
					)
				)
				.limit(1);
			if (taken)
				throw new DomainError('INVALID', 'error.invalid', [
					{ field: 'date', message: 'validation.session.slotTaken' }
				]);
		}
		const slot = current.movedFrom ?? current.startsAt;
		await tx
			.update(sessionOccurrences)
			.set({
				startsAt,
				endsAt,
				movedFrom: startsAt.getTime() === slot.getTime() ? null : slot,
				// The schedule's own value stays the reference: an override only where this one differs.
				addressOverride: place.address === session.address ? null : place.address,
				accessibilityOverride: sameList(place.accessibility, session.accessibility)
					? null
					: place.accessibility,
				meetingLinkOverride: place.meetingLink === session.meetingLink ? null : place.meetingLink,
				phoneNumberOverride: place.phoneNumber === session.phoneNumber ? null : place.phoneNumber,
				changedAt: now
			})
			.where(eq(sessionOccurrences.id, current.id));
		// Moved: the reminder is due again, for the new time.
		if (moved)
			await tx
				.update(sessionRegistrations)
				.set({ remindedAt: null })
				.where(eq(sessionRegistrations.occurrenceId, current.id));
		const registered = await tx
			.select({ accountId: sessionRegistrations.accountId })
			.from(sessionRegistrations)
			.where(
				and(
					eq(sessionRegistrations.occurrenceId, current.id),
					inArray(sessionRegistrations.status, ['confirmed', 'waiting'])
				)
			);
		const told = await notifyAll(
			tx,
			registered.map((person) => ({
				accountId: person.accountId,
				kind: 'session.changed' as const,
				subjectId: current.id,
				organisationId: current.organisationId,
				now
			}))
		);
		// Changed again: who was already told finds the notification back, unread, at the top (once only still).
		if (told.length < registered.length)
			await tx
				.update(notifications)
				.set({ createdAt: now, readAt: null })
				.where(
					and(
						eq(notifications.kind, 'session.changed'),
						eq(notifications.subjectId, current.id),
						inArray(
							notifications.accountId,
							registered.map((person) => person.accountId)
						)
					)
				);
		return {
			changed: true,
			groupId: occurrence.groupId,
			events: [
				{ type: 'occurrence.changed' as const, occurrenceId: current.id, groupId: occurrence.groupId },
				...told
			]
		};
	});
	for (const event of result.events) ctx.events.emit(event);
	return { occurrenceId: data.occurrenceId, changed: result.changed };
}

/** The form's current values of an occurrence, on its schedule's wall clock. */
export function occurrenceFormValues(occurrence: { startsAt: Date; endsAt: Date }, timeZone: string) {
	const wall = utcToWall(occurrence.startsAt, timeZone).toISOString();
	return {
		date: wall.slice(0, 10),
		time: wall.slice(11, 16),
		durationMinutes: Math.round((occurrence.endsAt.getTime() - occurrence.startsAt.getTime()) / 60_000)
	};
}
