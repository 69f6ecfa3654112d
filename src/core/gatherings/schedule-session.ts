import { groupSessions } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { materialiseOccurrences } from './materialise-occurrences';
import { canFacilitate } from './policy';
import { loadGroupForActor } from './queries';
import { ruleFromForm, wallFromForm, wallToUtc } from './recurrence';
import { ScheduleSessionSchema, type ScheduleSessionInput } from './session-schemas';

/**
 * Schedules a one-off or recurring session of a group (its facilitators and the organisation's
 * coordinators), and writes its occurrences MATERIALISE_DAYS_AHEAD days ahead in the same commit; the
 * daily job writes the rest as time goes by. Only the fields of its mode are kept: an in-person session
 * has no meeting link lying around.
 */
export async function scheduleSession(ctx: Ctx, input: ScheduleSessionInput) {
	const actor = requireActor(ctx);
	const data = parseInput(ScheduleSessionSchema, input);
	const wall = wallFromForm(data.date, data.time)!;
	const startsAt = wallToUtc(wall, data.timeZone);
	const now = ctx.clock.now();
	if (startsAt <= now)
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'date', message: 'validation.session.past' }
		]);
	const { group, organisation, viewer, facts } = await loadGroupForActor(ctx.db, data.groupId, actor);
	permit(canFacilitate(viewer), 'error.session.notFacilitator');
	permit(!facts.archived, 'error.session.groupArchived');
	const created = await ctx.db.transaction(async (tx) => {
		const [session] = await tx
			.insert(groupSessions)
			.values({
				groupId: group.id,
				startsAt,
				durationMinutes: data.durationMinutes,
				timeZone: data.timeZone,
				rrule: ruleFromForm(wall, data.repeat, { untilDate: data.untilDate, count: data.count }),
				mode: data.mode,
				address: data.mode === 'in_person' ? data.address : null,
				accessibility: data.mode === 'in_person' ? data.accessibility : [],
				meetingLink: data.mode === 'online' ? data.meetingLink : null,
				phoneNumber: data.mode === 'phone' ? data.phoneNumber : null,
				capacity: data.capacity ?? null,
				registrationClosesMinutes: data.registrationClosesMinutes ?? 0,
				createdBy: actor.accountId,
				createdAt: now
			})
			.returning();
		const occurrenceIds = await materialiseOccurrences(tx, session!, organisation.id, now);
		return { sessionId: session!.id, occurrenceIds };
	});
	for (const occurrenceId of created.occurrenceIds)
		ctx.events.emit({ type: 'occurrence.changed', occurrenceId, groupId: group.id });
	return {
		sessionId: created.sessionId,
		firstOccurrenceId: created.occurrenceIds[0] ?? null,
		occurrences: created.occurrenceIds.length
	};
}
