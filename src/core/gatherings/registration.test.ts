import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { groupMembers, notifications, sessionOccurrences, sessionRegistrations } from '../../db/schema';
import { useTestDatabase } from '../../../tests/support/database';
import { contextFor, fixedClock } from '../../../tests/support/factories';
import { insertOccurrence } from '../../../tests/support/gatherings';
import { buildGroupWithMembers, insertPeople } from '../../../tests/support/sessions';
import type { Actor } from '../shared';
import { cancelRegistration } from './cancel-registration';
import { registerForSession } from './register-for-session';

const database = useTestDatabase();
const clock = fixedClock(new Date('2026-11-22T10:00:00Z'));
const as = (actor: Actor) => contextFor(database(), actor, { clock });
const START = new Date('2026-12-01T17:00:00Z');

async function occurrenceFor(members: number, capacity: number, extra: { startsAt?: Date } = {}) {
	const built = await buildGroupWithMembers(database(), { members });
	const { occurrence, session } = await insertOccurrence(database(), {
		groupId: built.group.id,
		organisationId: built.organisation.id,
		startsAt: extra.startsAt ?? START,
		capacity
	});
	return { ...built, occurrence, session };
}

const registrations = (occurrenceId: string) =>
	database()
		.select()
		.from(sessionRegistrations)
		.where(eq(sessionRegistrations.occurrenceId, occurrenceId))
		.orderBy(asc(sessionRegistrations.seq));

describe('registerForSession', () => {
	it('gives exactly 12 places to 200 people registering at once, the rest waiting in arrival order', async () => {
		const { occurrence, members } = await occurrenceFor(200, 12);
		const results = await Promise.all(
			members.map((member) => registerForSession(as(member), { occurrenceId: occurrence.id }))
		);
		expect(results.filter((result) => result.status === 'confirmed')).toHaveLength(12);
		expect(results.filter((result) => result.status === 'waiting')).toHaveLength(188);
		const rows = await registrations(occurrence.id);
		const confirmed = rows.filter((row) => row.status === 'confirmed');
		const waiting = rows.filter((row) => row.status === 'waiting');
		expect(confirmed).toHaveLength(12);
		// Arrival order is the lock order: every confirmed person arrived before every waiting one.
		expect(Math.max(...confirmed.map((row) => row.seq))).toBeLessThan(
			Math.min(...waiting.map((row) => row.seq))
		);
		const positions = new Map(results.map((result) => [result.registrationId, result.position]));
		expect(waiting.map((row) => positions.get(row.id))).toEqual(waiting.map((_, index) => index + 1));
	}, 180_000);

	it('changes nothing when the same person registers twice at once', async () => {
		const { occurrence, members } = await occurrenceFor(1, 12);
		const results = await Promise.all(
			Array.from({ length: 20 }, () => registerForSession(as(members[0]!), { occurrenceId: occurrence.id }))
		);
		expect(new Set(results.map((result) => result.registrationId)).size).toBe(1);
		expect(await registrations(occurrence.id)).toHaveLength(1);
	});

	it('puts someone who cancelled and comes back at the end of the line, on the same row', async () => {
		const { occurrence, members } = await occurrenceFor(3, 1);
		const [first, second, third] = members as [Actor, Actor, Actor];
		await registerForSession(as(first), { occurrenceId: occurrence.id });
		const before = await registerForSession(as(second), { occurrenceId: occurrence.id });
		await registerForSession(as(third), { occurrenceId: occurrence.id });
		await cancelRegistration(as(second), { occurrenceId: occurrence.id });
		const again = await registerForSession(as(second), { occurrenceId: occurrence.id });
		expect(again).toMatchObject({ registrationId: before.registrationId, status: 'waiting', position: 2 });
	});

	it.each([
		['a cancelled occurrence', 'error.session.cancelled', { status: 'cancelled' }],
		['a started one', 'error.session.started', { startsAt: new Date('2026-11-22T09:30:00Z') }],
		['a past one', 'error.session.started', { startsAt: new Date('2026-11-01T09:30:00Z') }]
	])('refuses %s clearly', async (_, messageKey, change) => {
		const { occurrence, members } = await occurrenceFor(1, 12);
		await database().update(sessionOccurrences).set(change).where(eq(sessionOccurrences.id, occurrence.id));
		await expect(registerForSession(as(members[0]!), { occurrenceId: occurrence.id })).rejects.toMatchObject({
			code: 'CONFLICT',
			messageKey
		});
	});

	it('refuses once registration has closed before the start', async () => {
		const { occurrence, members } = await occurrenceFor(1, 12, {
			startsAt: new Date('2026-11-22T11:00:00Z')
		});
		const { groupSessions } = await import('../../db/schema');
		await database()
			.update(groupSessions)
			.set({ registrationClosesMinutes: 120 })
			.where(eq(groupSessions.id, occurrence.sessionId));
		await expect(registerForSession(as(members[0]!), { occurrenceId: occurrence.id })).rejects.toMatchObject({
			messageKey: 'error.session.closed'
		});
	});

	it('refuses a person not in the group (404) and a member without the current charter (403)', async () => {
		const { occurrence, members, group } = await occurrenceFor(1, 12);
		const [stranger] = await insertPeople(database(), 1);
		await expect(registerForSession(as(stranger!), { occurrenceId: occurrence.id })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await database()
			.update(groupMembers)
			.set({ charterVersionAccepted: 0 })
			.where(and(eq(groupMembers.groupId, group.id), eq(groupMembers.accountId, members[0]!.accountId)));
		await expect(registerForSession(as(members[0]!), { occurrenceId: occurrence.id })).rejects.toMatchObject({
			code: 'FORBIDDEN',
			messageKey: 'error.session.notMember'
		});
	});
});

describe('cancelRegistration', () => {
	it('promotes the next people waiting, each told once, even when places free up at once', async () => {
		const { occurrence, members } = await occurrenceFor(6, 3);
		for (const member of members) await registerForSession(as(member), { occurrenceId: occurrence.id });
		// Three confirmed cancel at once (twice each): the three waiting are promoted, in order, once each.
		await Promise.all(
			[...members.slice(0, 3), ...members.slice(0, 3)].map((member) =>
				cancelRegistration(as(member), { occurrenceId: occurrence.id })
			)
		);
		const rows = await registrations(occurrence.id);
		expect(rows.map((row) => row.status)).toEqual([
			'cancelled',
			'cancelled',
			'cancelled',
			'confirmed',
			'confirmed',
			'confirmed'
		]);
		const told = await database()
			.select({ accountId: notifications.accountId })
			.from(notifications)
			.where(eq(notifications.kind, 'session.promoted'));
		const promotedIds = new Set(members.slice(3).map((member) => member.accountId));
		expect(told.filter((row) => promotedIds.has(row.accountId))).toHaveLength(3);
	});

	it('lets a waiting person leave the line without promoting anyone', async () => {
		const { occurrence, members } = await occurrenceFor(3, 1);
		for (const member of members) await registerForSession(as(member), { occurrenceId: occurrence.id });
		await cancelRegistration(as(members[1]!), { occurrenceId: occurrence.id });
		const third = await registerForSession(as(members[2]!), { occurrenceId: occurrence.id });
		expect(third).toMatchObject({ status: 'waiting', position: 1 });
	});

	it('answers 404 to someone never registered', async () => {
		const { occurrence, members } = await occurrenceFor(1, 3);
		await expect(cancelRegistration(as(members[0]!), { occurrenceId: occurrence.id })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});
});
