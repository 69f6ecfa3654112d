import { describe, expect, it } from 'vitest';
import { memberships } from '../../db/schema';
import { useTestDatabase } from '../../../tests/support/database';
import { contextFor, fixedClock } from '../../../tests/support/factories';
import { insertGroup, insertOccurrence } from '../../../tests/support/gatherings';
import { buildGroupWithMembers, insertPeople } from '../../../tests/support/sessions';
import type { Actor } from '../shared';
import { getOccurrence } from './get-occurrence';
import { listGroupOccurrences } from './list-group-occurrences';
import { listProgramme, programmeWindow } from './list-programme';
import { registerForSession } from './register-for-session';

const database = useTestDatabase();
const clock = fixedClock(new Date('2026-11-25T10:00:00Z')); // a Wednesday
const as = (actor: Actor | null) => contextFor(database(), actor, { clock });
const LINK = 'https://visio.example.org/salle-secrete';

describe('getOccurrence', () => {
	it('shows the meeting link only to people confirmed and to facilitators; names only to facilitators', async () => {
		const { group, organisation, facilitator, members } = await buildGroupWithMembers(database(), {
			members: 3
		});
		const { occurrence } = await insertOccurrence(database(), {
			groupId: group.id,
			organisationId: organisation.id,
			startsAt: new Date('2026-12-01T17:00:00Z'),
			capacity: 1,
			mode: 'online',
			meetingLink: LINK,
			phoneNumber: '+33 4 78 00 00 00'
		});
		const [confirmed, waiting, bystander] = members as [Actor, Actor, Actor];
		await registerForSession(as(confirmed), { occurrenceId: occurrence.id });
		await registerForSession(as(waiting), { occurrenceId: occurrence.id });
		const seen = async (actor: Actor) => getOccurrence(as(actor), { occurrenceId: occurrence.id });
		expect(await seen(confirmed)).toMatchObject({ meetingLink: LINK, attendees: null, confirmedCount: 1 });
		const forWaiting = await seen(waiting);
		expect(forWaiting).toMatchObject({
			meetingLink: null,
			phoneNumber: null,
			myRegistration: { status: 'waiting', position: 1 }
		});
		expect(JSON.stringify(forWaiting)).not.toContain('salle-secrete');
		expect(JSON.stringify(await seen(bystander))).not.toContain('salle-secrete');
		expect(JSON.stringify(await seen(bystander))).not.toContain('78 00');
		const forFacilitator = await seen(facilitator);
		expect(forFacilitator.meetingLink).toBe(LINK);
		expect(forFacilitator.attendees?.map((row) => row.pseudonym)).toEqual([
			confirmed.pseudonym,
			waiting.pseudonym
		]);
	});

	it('answers 404 to someone who may not see the group, unless its programme is public (read only, no link)', async () => {
		const { group, organisation } = await buildGroupWithMembers(database(), { audience: 'peers' });
		const { occurrence } = await insertOccurrence(database(), {
			groupId: group.id,
			organisationId: organisation.id,
			startsAt: new Date('2026-12-01T17:00:00Z'),
			mode: 'online',
			meetingLink: LINK
		});
		await expect(getOccurrence(as(null), { occurrenceId: occurrence.id })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const open = await insertGroup(database(), { organisationId: organisation.id, publicProgramme: true });
		const publicOne = await insertOccurrence(database(), {
			groupId: open.id,
			organisationId: organisation.id,
			startsAt: new Date('2026-12-02T17:00:00Z'),
			mode: 'online',
			meetingLink: LINK
		});
		const visitor = await getOccurrence(as(null), { occurrenceId: publicOne.occurrence.id });
		expect(visitor).toMatchObject({ meetingLink: null, canRegister: false, attendees: null });
	});
});

describe('listProgramme', () => {
	it('spans this week and the next from Monday 00:00 Paris', () => {
		expect(programmeWindow(new Date('2026-11-25T10:00:00Z'))).toEqual({
			from: new Date('2026-11-22T23:00:00Z'),
			until: new Date('2026-12-06T23:00:00Z')
		});
	});

	it('shows visitors public groups only, members what they may see, grouped by Paris day', async () => {
		const { group: peersGroup, organisation } = await buildGroupWithMembers(database(), {
			audience: 'peers'
		});
		const open = await insertGroup(database(), {
			organisationId: organisation.id,
			publicProgramme: true,
			title: 'Atelier cuisine'
		});
		const at = (iso: string, groupId: string) =>
			insertOccurrence(database(), { groupId, organisationId: organisation.id, startsAt: new Date(iso) });
		await at('2026-11-28T09:00:00Z', open.id);
		await at('2026-11-24T23:30:00Z', peersGroup.id); // Wednesday 00:30 in Paris
		await at('2026-12-20T09:00:00Z', open.id); // beyond the two weeks
		const [peer, professional] = await insertPeople(database(), 2);
		await database()
			.insert(memberships)
			.values([
				{
					organisationId: organisation.id,
					accountId: peer!.accountId,
					role: 'member',
					status: 'active',
					charterVersionAccepted: 1,
					charterAcceptedAt: new Date()
				},
				{
					organisationId: organisation.id,
					accountId: professional!.accountId,
					role: 'professional',
					status: 'active',
					charterVersionAccepted: 1,
					charterAcceptedAt: new Date()
				}
			]);
		const titles = async (actor: Actor | null) =>
			(await listProgramme(as(actor), { slug: organisation.slug })).days.map((day) => [
				day.date,
				day.occurrences.map((entry) => entry.title)
			]);
		expect(await titles(null)).toEqual([['2026-11-28', ['Atelier cuisine']]]);
		expect(await titles(professional!)).toEqual([['2026-11-28', ['Atelier cuisine']]]);
		expect(await titles(peer!)).toEqual([
			['2026-11-25', ['Groupe de parole du mardi']],
			['2026-11-28', ['Atelier cuisine']]
		]);
	});
});

describe('listGroupOccurrences', () => {
	it('lists the group’s next occurrences with the actor’s registration', async () => {
		const { group, organisation, members } = await buildGroupWithMembers(database(), { members: 1 });
		const { occurrence } = await insertOccurrence(database(), {
			groupId: group.id,
			organisationId: organisation.id,
			startsAt: new Date('2026-12-01T17:00:00Z')
		});
		await registerForSession(as(members[0]!), { occurrenceId: occurrence.id });
		const listed = await listGroupOccurrences(as(members[0]!), { groupId: group.id });
		expect(listed).toMatchObject({
			canSchedule: false,
			occurrences: [{ id: occurrence.id, registration: 'confirmed', confirmedCount: 1 }]
		});
		await expect(listGroupOccurrences(as(null), { groupId: group.id })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});
});
