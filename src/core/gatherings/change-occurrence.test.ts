import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications, sessionOccurrences } from '../../db/schema';
import { useTestDatabase } from '../../../tests/support/database';
import { contextFor, fixedClock } from '../../../tests/support/factories';
import { buildGroupWithMembers } from '../../../tests/support/sessions';
import type { Actor } from '../shared';
import { cancelOccurrence } from './cancel-occurrence';
import { changeOccurrence } from './change-occurrence';
import { getOccurrence } from './get-occurrence';
import { extendRecurringSchedules } from './materialise-occurrences';
import { loadOccurrenceForCalendar } from './occurrence-facts';
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
	capacity: 1
};
/** The first occurrence as it is, in the form's words. */
const unchanged = {
	date: '2026-12-01',
	time: '18:00',
	durationMinutes: 90,
	address: weekly.address,
	accessibility: ['step_free']
};
const occurrencesOf = (sessionId: string) =>
	database()
		.select()
		.from(sessionOccurrences)
		.where(eq(sessionOccurrences.sessionId, sessionId))
		.orderBy(asc(sessionOccurrences.startsAt));
const toldAbout = (occurrenceId: string, kind: string) =>
	database()
		.select()
		.from(notifications)
		.where(and(eq(notifications.subjectId, occurrenceId), eq(notifications.kind, kind)));

/** A weekly schedule of 1 place: one member confirmed, the other waiting, for the first occurrence. */
async function scheduled() {
	const built = await buildGroupWithMembers(database(), { members: 3 });
	const { sessionId, firstOccurrenceId } = await scheduleSession(as(built.facilitator), {
		groupId: built.group.id,
		...weekly
	});
	for (const member of built.members.slice(0, 2))
		await registerForSession(as(member), { occurrenceId: firstOccurrenceId! });
	return { ...built, sessionId, occurrenceId: firstOccurrenceId! };
}

describe('changeOccurrence', () => {
	it('moves one occurrence and changes its place, tells the confirmed and the waiting once each, and the feeds show it', async () => {
		const { facilitator, members, sessionId, occurrenceId } = await scheduled();
		const ctx = as(facilitator);
		const change = {
			occurrenceId,
			...unchanged,
			date: '2026-12-02',
			time: '19:30',
			durationMinutes: 60,
			address: '3 place Sathonay, 69001 Lyon',
			accessibility: ['step_free', 'hearing_loop']
		};
		const results = await Promise.all([1, 2, 3].map(() => changeOccurrence(ctx, change)));
		expect(results.filter((result) => result.changed)).toHaveLength(1);
		const [first, second] = await occurrencesOf(sessionId);
		expect(first).toMatchObject({
			id: occurrenceId,
			status: 'scheduled',
			addressOverride: '3 place Sathonay, 69001 Lyon',
			accessibilityOverride: ['step_free', 'hearing_loop']
		});
		expect(first!.startsAt.toISOString()).toBe('2026-12-02T18:30:00.000Z');
		expect(first!.endsAt.toISOString()).toBe('2026-12-02T19:30:00.000Z');
		expect(first!.movedFrom?.toISOString()).toBe('2026-12-01T17:00:00.000Z');
		// The rest of the schedule is as it was.
		expect(second!.startsAt.toISOString()).toBe('2026-12-08T17:00:00.000Z');
		expect(second!.addressOverride).toBeNull();
		const told = await toldAbout(occurrenceId, 'session.changed');
		expect(told.map((row) => row.accountId).sort()).toEqual(
			[members[0]!.accountId, members[1]!.accountId].sort()
		);
		expect(ctx.events.events).toContainEqual({
			type: 'occurrence.changed',
			occurrenceId,
			groupId: first!.groupId
		});
		// What the page, the API and the calendar files read.
		const details = await getOccurrence(as(members[0]!), { occurrenceId });
		expect(details).toMatchObject({
			address: '3 place Sathonay, 69001 Lyon',
			accessibility: ['step_free', 'hearing_loop'],
			movedFrom: new Date('2026-12-01T17:00:00Z')
		});
		const calendar = await loadOccurrenceForCalendar(database(), occurrenceId, members[0]!.accountId);
		expect(calendar).toMatchObject({
			startsAt: new Date('2026-12-02T18:30:00Z'),
			address: '3 place Sathonay, 69001 Lyon'
		});
	});

	it('tells nobody when nothing changed, and tells again (unread) on a second change', async () => {
		const { facilitator, members, occurrenceId } = await scheduled();
		await expect(changeOccurrence(as(facilitator), { occurrenceId, ...unchanged })).resolves.toEqual({
			occurrenceId,
			changed: false
		});
		expect(await toldAbout(occurrenceId, 'session.changed')).toHaveLength(0);
		await changeOccurrence(as(facilitator), { occurrenceId, ...unchanged, time: '18:30' });
		await database().update(notifications).set({ readAt: clock.now() });
		await changeOccurrence(as(facilitator), { occurrenceId, ...unchanged, time: '19:00' });
		const told = await toldAbout(occurrenceId, 'session.changed');
		expect(told).toHaveLength(2);
		expect(told.every((row) => row.readAt === null)).toBe(true);
		expect(told.map((row) => row.accountId)).not.toContain(members[2]!.accountId);
	});

	it('the daily job never writes a moved occurrence again at its old date', async () => {
		const { facilitator, sessionId, occurrenceId } = await scheduled();
		const before = (await occurrencesOf(sessionId)).length;
		await changeOccurrence(as(facilitator), { occurrenceId, ...unchanged, date: '2026-12-03' });
		for (const now of [clock.now(), new Date('2026-11-30T10:00:00Z'), new Date('2027-01-01T10:00:00Z')])
			await Promise.all([1, 2].map(() => extendRecurringSchedules(database(), now)));
		const rows = await occurrencesOf(sessionId);
		expect(rows.filter((row) => row.startsAt.toISOString() === '2026-12-01T17:00:00.000Z')).toEqual([]);
		expect(rows.filter((row) => row.startsAt.toISOString() === '2026-12-03T17:00:00.000Z')).toHaveLength(1);
		expect(rows.length).toBeGreaterThanOrEqual(before);
		// Moved back to its own date: an ordinary occurrence again.
		await changeOccurrence(as(facilitator), { occurrenceId, ...unchanged });
		const [back] = await database()
			.select()
			.from(sessionOccurrences)
			.where(eq(sessionOccurrences.id, occurrenceId));
		expect(back).toMatchObject({ movedFrom: null, startsAt: new Date('2026-12-01T17:00:00Z') });
	});

	it.each([
		[
			'onto another occurrence of the schedule',
			{ date: '2026-12-08' },
			'date',
			'validation.session.slotTaken'
		],
		['into the past', { date: '2026-11-20' }, 'date', 'validation.session.past'],
		['to a date that does not exist', { date: '2026-02-30' }, 'date', 'validation.session.date'],
		['with no address', { address: '' }, 'address', 'validation.session.address'],
		['with a duration of 5 minutes', { durationMinutes: 5 }, 'durationMinutes', 'validation.session.duration']
	])('refuses a move %s', async (_, change, field, message) => {
		const { facilitator, occurrenceId } = await scheduled();
		await expect(
			changeOccurrence(as(facilitator), { occurrenceId, ...unchanged, ...change })
		).rejects.toMatchObject({ code: 'INVALID', fields: expect.arrayContaining([{ field, message }]) });
	});

	it('lets only facilitators and coordinators change, and not a cancelled occurrence', async () => {
		const { coordinator, facilitator, members, occurrenceId } = await scheduled();
		await expect(
			changeOccurrence(as(members[0]!), { occurrenceId, ...unchanged, time: '19:00' })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(
			changeOccurrence(as(coordinator), { occurrenceId, ...unchanged, time: '19:00' })
		).resolves.toMatchObject({ changed: true });
		await cancelOccurrence(as(facilitator), { occurrenceId });
		await expect(
			changeOccurrence(as(facilitator), { occurrenceId, ...unchanged, time: '20:00' })
		).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'error.session.cancelled' });
	});

	it('a cancel and a change at the same time leave one consistent story', async () => {
		for (let round = 0; round < 3; round++) {
			const { facilitator, members, occurrenceId } = await scheduled();
			const [changed] = await Promise.allSettled([
				changeOccurrence(as(facilitator), { occurrenceId, ...unchanged, time: '20:00' }),
				cancelOccurrence(as(facilitator), { occurrenceId })
			]);
			const [row] = await database()
				.select()
				.from(sessionOccurrences)
				.where(eq(sessionOccurrences.id, occurrenceId));
			expect(row!.status).toBe('cancelled');
			expect(await toldAbout(occurrenceId, 'session.cancelled')).toHaveLength(2);
			const toldChanged = await toldAbout(occurrenceId, 'session.changed');
			if (changed.status === 'fulfilled') {
				// The change came first: stored and told, then the cancel.
				expect(row!.startsAt.toISOString()).toBe('2026-12-01T19:00:00.000Z');
				expect(toldChanged).toHaveLength(2);
			} else {
				// The cancel came first: the change was refused and nothing of it stayed.
				expect(changed.reason).toMatchObject({ code: 'CONFLICT', messageKey: 'error.session.cancelled' });
				expect(row!.startsAt.toISOString()).toBe('2026-12-01T17:00:00.000Z');
				expect(toldChanged).toHaveLength(0);
			}
			expect(toldChanged.map((r) => r.accountId)).not.toContain(members[2]!.accountId);
		}
	});
});
