import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { buildAccount, contextFor } from '../../../tests/support/factories';
import { insertGroupMember } from '../../../tests/support/gatherings';
import { groupScene, notificationsOf } from '../../../tests/support/peer-groups';
import { conversationParticipants, groupMembers, memberships } from '../../db/schema';
import { decideGroupRequest, joinGroup, setGroupRole } from '.';

const db = useTestDatabase();

/** `count` more active members of the organisation (role member). */
async function morePeople(organisationId: string, count: number) {
	return Promise.all(
		Array.from({ length: count }, async () => {
			const person = await buildAccount(db());
			await db().insert(memberships).values({
				organisationId,
				accountId: person.accountId,
				role: 'member',
				status: 'active',
				charterVersionAccepted: 1,
				charterAcceptedAt: new Date()
			});
			return person;
		})
	);
}

describe('groups under concurrent requests', () => {
	it('20 parallel joins of an open group give 20 members, all in its conversation', async () => {
		const s = await groupScene(db());
		const people = await morePeople(s.organisation.id, 20);
		await Promise.all(
			people.map((person) => joinGroup(contextFor(db(), person), { groupId: s.groupId, acceptCharter: true }))
		);
		const rows = await db()
			.select()
			.from(groupMembers)
			.where(and(eq(groupMembers.groupId, s.groupId), eq(groupMembers.role, 'member')));
		expect(rows).toHaveLength(20);
		const participants = await db()
			.select()
			.from(conversationParticipants)
			.where(eq(conversationParticipants.conversationId, s.conversationId));
		expect(participants).toHaveLength(21);
	});

	it('the same person joining 20 times at once is in once', async () => {
		const s = await groupScene(db());
		const results = await Promise.allSettled(
			Array.from({ length: 20 }, () =>
				joinGroup(contextFor(db(), s.member), { groupId: s.groupId, acceptCharter: true })
			)
		);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
	});

	it('parallel approvals of one request tell the person once', async () => {
		const s = await groupScene(db(), { joinPolicy: 'request' });
		await joinGroup(contextFor(db(), s.member), { groupId: s.groupId, acceptCharter: true });
		const decisions = await Promise.all(
			Array.from({ length: 20 }, () =>
				decideGroupRequest(contextFor(db(), s.coordinator), {
					groupId: s.groupId,
					accountId: s.member.accountId,
					decision: 'approve'
				})
			)
		);
		expect(decisions.filter((decision) => decision.decided)).toHaveLength(1);
		expect(await notificationsOf(db(), s.member.accountId, 'group.approved')).toHaveLength(1);
	});

	it('parallel role changes never leave the group without a facilitator', async () => {
		const s = await groupScene(db(), { audience: 'members' });
		const people = await morePeople(s.organisation.id, 5);
		for (const person of people)
			await insertGroupMember(db(), { groupId: s.groupId, accountId: person.accountId, role: 'facilitator' });
		const everyone = [s.coordinator, ...people];
		await Promise.allSettled(
			everyone.map((person) =>
				setGroupRole(contextFor(db(), s.coordinator), {
					groupId: s.groupId,
					accountId: person.accountId,
					role: 'member'
				})
			)
		);
		const facilitators = await db()
			.select()
			.from(groupMembers)
			.where(and(eq(groupMembers.groupId, s.groupId), eq(groupMembers.role, 'facilitator')));
		expect(facilitators).toHaveLength(1);
	});
});
