import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications, sessionOccurrences } from '../../db/schema';
import { useTestDatabase } from '../../../tests/support/database';
import { contextFor, fixedClock } from '../../../tests/support/factories';
import { buildGroupWithMembers } from '../../../tests/support/sessions';
import type { Actor } from '../shared';
import { cancelOccurrence } from './cancel-occurrence';
import { endSession } from './end-session';
import { extendRecurringSchedules } from './materialise-occurrences';
import { registerForSession } from './register-for-session';
import { scheduleSession } from './schedule-session';

const database = useTestDatabase();
const clock = fixedClock(new Date('2026-11-22T10:00:00Z'));
const as = (actor: Actor) => contextFor(database(), actor, { clock });
const weekly = {
	date: '2026-12-01',
	time: '18:00',
	durationMinutes: 90,
	repeat: 'weekly' as const,
	mode: 'in_person' as const,
	address: '12 rue des Capucins, 69001 Lyon',
	accessibility: ['step_free'],
	capacity: 12
};
const occurrencesOf = (sessionId: string) =>
	database()
		.select()
		.from(sessionOccurrences)
		.where(eq(sessionOccurrences.sessionId, sessionId))
		.orderBy(asc(sessionOccurrences.startsAt));

describe('scheduleSession', () => {
	it('writes a weekly schedule’s occurrences 120 days ahead, at 18:00 Paris, once however often it runs', async () => {
		const { group, facilitator } = await buildGroupWithMembers(database());
		const { sessionId, occurrences } = await scheduleSession(as(facilitator), {
			groupId: group.id,
			...weekly
		});
		expect(occurrences).toBe(16); // the Tuesdays from 1 December to 16 March
		expect((await occurrencesOf(sessionId))[0]!.startsAt.toISOString()).toBe('2026-12-01T17:00:00.000Z');
		const runs = await Promise.all([1, 2, 3].map(() => extendRecurringSchedules(database(), clock.now())));
		expect(runs).toEqual([0, 0, 0]);
		// Later on, the job writes the weeks that came into reach, once even when two processes run it.
		const later = new Date('2027-01-01T10:00:00Z');
		const extended = await Promise.all([1, 2].map(() => extendRecurringSchedules(database(), later)));
		expect(extended[0]! + extended[1]!).toBe(6);
		const rows = await occurrencesOf(sessionId);
		expect(rows).toHaveLength(22);
		const spring = rows.find((row) => row.startsAt.toISOString().startsWith('2027-03-30'));
		expect(spring?.startsAt.toISOString()).toBe('2027-03-30T16:00:00.000Z');
	});

	it('keeps only the fields of the chosen mode, and requires them', async () => {
		const { group, facilitator } = await buildGroupWithMembers(database());
		await expect(
			scheduleSession(as(facilitator), { groupId: group.id, ...weekly, mode: 'online', address: undefined })
		).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'meetingLink', message: 'validation.session.meetingLink' }]
		});
		const { sessionId } = await scheduleSession(as(facilitator), {
			groupId: group.id,
			...weekly,
			repeat: 'never',
			mode: 'phone',
			phoneNumber: '+33 4 78 00 00 00'
		});
		expect(await occurrencesOf(sessionId)).toHaveLength(1);
	});

	it.each([
		['a date in the past', { date: '2026-11-01' }, 'date'],
		['a date that does not exist', { date: '2026-02-30' }, 'date'],
		['both an end date and a count', { untilDate: '2027-01-01', count: 4 }, 'count'],
		['an end before the start', { untilDate: '2026-11-30' }, 'untilDate'],
		['a link that is not https', { mode: 'online', meetingLink: 'javascript:alert(1)' }, 'meetingLink'],
		['a capacity of 0', { capacity: 0 }, 'capacity']
	])('refuses %s', async (_, change, field) => {
		const { group, facilitator } = await buildGroupWithMembers(database());
		await expect(
			scheduleSession(as(facilitator), { groupId: group.id, ...weekly, ...change } as never)
		).rejects.toMatchObject({
			code: 'INVALID',
			fields: expect.arrayContaining([expect.objectContaining({ field })])
		});
	});

	it('lets only facilitators and coordinators schedule', async () => {
		const { group, members, coordinator } = await buildGroupWithMembers(database(), { members: 1 });
		await expect(scheduleSession(as(members[0]!), { groupId: group.id, ...weekly })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await expect(
			scheduleSession(as(coordinator), { groupId: group.id, ...weekly, count: 2 })
		).resolves.toMatchObject({
			occurrences: 2
		});
	});
});

describe('cancelOccurrence and endSession', () => {
	it('cancels one occurrence, tells its registered people once, and leaves the rest of the schedule', async () => {
		const { group, facilitator, members } = await buildGroupWithMembers(database(), { members: 2 });
		const { sessionId, firstOccurrenceId } = await scheduleSession(as(facilitator), {
			groupId: group.id,
			...weekly
		});
		for (const member of members) await registerForSession(as(member), { occurrenceId: firstOccurrenceId! });
		await Promise.all(
			[1, 2, 3].map(() =>
				cancelOccurrence(as(facilitator), { occurrenceId: firstOccurrenceId!, reason: 'Salle fermée' })
			)
		);
		const rows = await occurrencesOf(sessionId);
		expect(rows[0]).toMatchObject({ status: 'cancelled', cancelReason: 'Salle fermée' });
		expect(rows.slice(1).every((row) => row.status === 'scheduled')).toBe(true);
		const told = await database()
			.select()
			.from(notifications)
			.where(eq(notifications.subjectId, firstOccurrenceId!));
		expect(told.map((row) => row.kind)).toEqual(['session.cancelled', 'session.cancelled']);
		// The job never writes a cancelled occurrence again.
		await extendRecurringSchedules(database(), clock.now());
		expect((await occurrencesOf(sessionId))[0]!.status).toBe('cancelled');
		await expect(
			registerForSession(as(members[0]!), { occurrenceId: firstOccurrenceId! })
		).rejects.toMatchObject({
			messageKey: 'error.session.cancelled'
		});
	});

	it('refuses a member who is not a facilitator', async () => {
		const { group, facilitator, members } = await buildGroupWithMembers(database(), { members: 1 });
		const { firstOccurrenceId } = await scheduleSession(as(facilitator), { groupId: group.id, ...weekly });
		await expect(
			cancelOccurrence(as(members[0]!), { occurrenceId: firstOccurrenceId! })
		).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
	});

	it('ends a schedule: future occurrences cancelled, nothing written ahead any more', async () => {
		const { group, facilitator } = await buildGroupWithMembers(database());
		const { sessionId } = await scheduleSession(as(facilitator), { groupId: group.id, ...weekly });
		const ended = await endSession(as(facilitator), { sessionId });
		expect(ended.cancelled).toBe(16);
		await extendRecurringSchedules(database(), new Date('2027-01-10T10:00:00Z'));
		const rows = await occurrencesOf(sessionId);
		expect(rows).toHaveLength(16);
		expect(rows.every((row) => row.status === 'cancelled')).toBe(true);
	});
});
