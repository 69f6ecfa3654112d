import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { buildOrganisation, contextFor } from '../../../tests/support/factories';
import { insertGroup, insertGroupMember, insertOccurrence } from '../../../tests/support/gatherings';
import { groupScene, isParticipant } from '../../../tests/support/peer-groups';
import { sessionRegistrations } from '../../db/schema';
import { manageMembership } from '../organisations';
import type { Actor } from '../shared';
import type { GroupAudience } from './vocabulary';
import {
	admitCompanion,
	answerGroupInvitation,
	cancelRegistration,
	registerForSession,
	getGroup,
	joinGroup,
	listGroupMembers,
	removeFromGroup
} from '.';

const db = useTestDatabase();

/** A group of this audience, `accompanied` in it, and `companion` admitted for them and accepted. */
async function withCompanion(
	audience: GroupAudience,
	pick: (s: Awaited<ReturnType<typeof groupScene>>) => [Actor, Actor]
) {
	const s = await groupScene(db(), { audience, kind: audience === 'relatives' ? 'relatives' : 'talk' });
	const [accompanied, companion] = pick(s);
	await joinGroup(contextFor(db(), accompanied), { groupId: s.groupId, acceptCharter: true });
	await admitCompanion(contextFor(db(), s.coordinator), {
		groupId: s.groupId,
		accountId: companion.accountId,
		companionOf: accompanied.accountId
	});
	await answerGroupInvitation(contextFor(db(), companion), {
		groupId: s.groupId,
		answer: 'accept',
		acceptCharter: true
	});
	expect(await isParticipant(db(), s.conversationId!, companion.accountId)).toBe(true);
	return { ...s, accompanied, companion };
}

/** A group of this audience (inserted directly) with one person of its room in it, and the coordinator. */
async function roomOf(audience: GroupAudience) {
	const { organisation, members } = await buildOrganisation(db(), {
		members: ['coordinator', 'member', 'peer_supporter', 'relative', 'professional']
	});
	const [coordinator, member, supporter, relative] = members as unknown as Actor[];
	const group = await insertGroup(db(), { organisationId: organisation.id, audience });
	const inside = { members: member, peers: member, relatives: relative, supporters: supporter }[audience]!;
	await insertGroupMember(db(), { groupId: group.id, accountId: inside.accountId });
	return { group, coordinator: coordinator!, member: member!, relative: relative!, inside };
}

describe('companions', () => {
	it('are admitted only where the group would otherwise keep the person out', async () => {
		const peers = await groupScene(db());
		await joinGroup(contextFor(db(), peers.member), { groupId: peers.groupId, acceptCharter: true });
		// Another peer fits the room: they join or are invited, they are not a "companion".
		await expect(
			admitCompanion(contextFor(db(), peers.coordinator), {
				groupId: peers.groupId,
				accountId: peers.other.accountId,
				companionOf: peers.member.accountId
			})
		).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'accountId', message: 'validation.peerGroups.companionAudience' }]
		});
		// A group open to every member needs no companion; intervision stays for peer supporters.
		for (const audience of ['members', 'supporters'] as const) {
			const s = await roomOf(audience);
			await expect(
				admitCompanion(contextFor(db(), s.coordinator), {
					groupId: s.group.id,
					accountId: s.relative.accountId,
					companionOf: s.inside.accountId
				})
			).rejects.toMatchObject({ code: 'INVALID' });
			const listed = await listGroupMembers(contextFor(db(), s.coordinator), { groupId: s.group.id });
			expect(listed.companionsAllowed).toBe(false);
			expect(listed.companionCandidates).toEqual([]);
		}
	});

	it('offers as candidates only people the room keeps out', async () => {
		const s = await groupScene(db());
		const listed = await listGroupMembers(contextFor(db(), s.coordinator), { groupId: s.groupId });
		expect(listed.companionsAllowed).toBe(true);
		expect(listed.companionCandidates.map((person) => person.role).sort()).toEqual([
			'professional',
			'relative'
		]);
	});

	it('in a relatives’ group, a person concerned may come as the companion of a relative', async () => {
		const s = await roomOf('relatives');
		await expect(
			admitCompanion(contextFor(db(), s.coordinator), {
				groupId: s.group.id,
				accountId: s.member.accountId,
				companionOf: s.inside.accountId
			})
		).resolves.toEqual({ status: 'invited' });
		await answerGroupInvitation(contextFor(db(), s.member), {
			groupId: s.group.id,
			answer: 'accept',
			acceptCharter: true
		});
		expect((await getGroup(contextFor(db(), s.member), { groupId: s.group.id })).me).toMatchObject({
			role: 'companion',
			status: 'active'
		});
	});

	it('lose their place when a facilitator removes the member they accompany', async () => {
		const s = await withCompanion('peers', (scene) => [scene.member, scene.relative]);
		await removeFromGroup(contextFor(db(), s.coordinator), {
			groupId: s.groupId,
			accountId: s.member.accountId
		});
		expect(await isParticipant(db(), s.conversationId!, s.relative.accountId)).toBe(false);
		await expect(getGroup(contextFor(db(), s.relative), { groupId: s.groupId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('lose their place when the member they accompany leaves the organisation', async () => {
		const s = await withCompanion('peers', (scene) => [scene.member, scene.professional]);
		await manageMembership(contextFor(db(), s.coordinator), {
			slug: s.organisation.slug,
			membershipId: (s.member as Actor & { membershipId: string }).membershipId,
			decision: 'remove'
		});
		expect(await isParticipant(db(), s.conversationId!, s.professional.accountId)).toBe(false);
		await expect(getGroup(contextFor(db(), s.professional), { groupId: s.groupId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('register for a session only beside the member they accompany, and give up their place with them', async () => {
		const s = await withCompanion('peers', (scene) => [scene.member, scene.relative]);
		const { occurrence } = await insertOccurrence(db(), {
			groupId: s.groupId,
			organisationId: s.organisation.id,
			startsAt: new Date(Date.now() + 7 * 86_400_000),
			capacity: 2
		});
		const place = { occurrenceId: occurrence.id };
		await expect(registerForSession(contextFor(db(), s.relative), place)).rejects.toMatchObject({
			code: 'FORBIDDEN',
			messageKey: 'error.session.companionAlone'
		});
		await registerForSession(contextFor(db(), s.member), place);
		await expect(registerForSession(contextFor(db(), s.relative), place)).resolves.toMatchObject({
			status: 'confirmed'
		});
		await joinGroup(contextFor(db(), s.other), { groupId: s.groupId, acceptCharter: true });
		await expect(registerForSession(contextFor(db(), s.other), place)).resolves.toMatchObject({
			status: 'waiting'
		});
		const ctx = contextFor(db(), s.member);
		await cancelRegistration(ctx, place);
		expect(ctx.events.events).toContainEqual({
			type: 'registration.changed',
			occurrenceId: occurrence.id,
			accountId: s.relative.accountId
		});
		const registered = await db()
			.select({ accountId: sessionRegistrations.accountId, status: sessionRegistrations.status })
			.from(sessionRegistrations)
			.where(eq(sessionRegistrations.occurrenceId, occurrence.id));
		expect(Object.fromEntries(registered.map((row) => [row.accountId, row.status]))).toEqual({
			[s.member.accountId]: 'cancelled',
			[s.relative.accountId]: 'cancelled',
			[s.other.accountId]: 'confirmed'
		});
	});
});
