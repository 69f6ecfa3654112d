import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { buildOrganisation, contextFor } from '../../../tests/support/factories';
import { insertOccurrence, insertRegistration } from '../../../tests/support/gatherings';
import { groupScene, isParticipant, say } from '../../../tests/support/peer-groups';
import { sessionRegistrations } from '../../db/schema';
import { addGroupParticipants, leaveConversation, startGroupConversation } from '../conversations';
import {
	acceptOrganisationCharter,
	getOrganisation,
	manageMembership,
	setMemberListVisibility,
	updateOrganisation
} from '../organisations';
import { getGroup, joinGroup } from '.';

const db = useTestDatabase();

describe('leaving the organisation ends every place in its groups', () => {
	it('removes the person from the group, its conversation (at once, everywhere) and its sessions', async () => {
		const s = await groupScene(db());
		await joinGroup(contextFor(db(), s.member), { groupId: s.groupId, acceptCharter: true });
		await joinGroup(contextFor(db(), s.other), { groupId: s.groupId, acceptCharter: true });
		const { occurrence } = await insertOccurrence(db(), {
			groupId: s.groupId,
			organisationId: s.organisation.id,
			startsAt: new Date(Date.now() + 86_400_000),
			capacity: 1
		});
		await insertRegistration(db(), { occurrenceId: occurrence.id, accountId: s.member.accountId });
		await insertRegistration(db(), {
			occurrenceId: occurrence.id,
			accountId: s.other.accountId,
			status: 'waiting'
		});
		const ctx = contextFor(db(), s.coordinator);
		await manageMembership(ctx, {
			slug: s.organisation.slug,
			membershipId: s.member.membershipId,
			decision: 'remove'
		});
		expect(await isParticipant(db(), s.conversationId, s.member.accountId)).toBe(false);
		expect(ctx.events.events).toContainEqual({
			type: 'conversation.left',
			conversationId: s.conversationId,
			accountId: s.member.accountId
		});
		await expect(getGroup(contextFor(db(), s.member), { groupId: s.groupId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const places = await db()
			.select({ accountId: sessionRegistrations.accountId, status: sessionRegistrations.status })
			.from(sessionRegistrations)
			.where(eq(sessionRegistrations.occurrenceId, occurrence.id));
		expect(places).toContainEqual({ accountId: s.member.accountId, status: 'cancelled' });
		expect(places).toContainEqual({ accountId: s.other.accountId, status: 'confirmed' });
	});
});

describe("a group's own conversation", () => {
	it('is not added to by the group conversations feature, nor left on its own', async () => {
		const s = await groupScene(db());
		await expect(
			addGroupParticipants(contextFor(db(), s.coordinator), {
				conversationId: s.conversationId,
				participantIds: [s.member.accountId]
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN', messageKey: 'error.peerGroups.addThroughGroup' });
		await expect(
			leaveConversation(contextFor(db(), s.coordinator), { conversationId: s.conversationId })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});
});

describe('nobody is added to a group conversation without accepting', () => {
	it('a coordinator cannot add a member who hid themselves', async () => {
		const { organisation, members } = await buildOrganisation(db(), {
			members: ['coordinator', 'member', 'member']
		});
		const [coordinator, visible, hidden] = members;
		await setMemberListVisibility(contextFor(db(), hidden!), { slug: organisation.slug, hidden: true });
		await expect(
			startGroupConversation(contextFor(db(), coordinator!), {
				slug: organisation.slug,
				title: 'Groupe',
				participantIds: [hidden!.accountId]
			})
		).rejects.toMatchObject({ code: 'INVALID' });
		const { conversationId } = await startGroupConversation(contextFor(db(), coordinator!), {
			slug: organisation.slug,
			title: 'Groupe',
			participantIds: [visible!.accountId]
		});
		await expect(
			addGroupParticipants(contextFor(db(), coordinator!), {
				conversationId,
				participantIds: [hidden!.accountId]
			})
		).rejects.toMatchObject({ code: 'INVALID' });
		expect(await isParticipant(db(), conversationId, hidden!.accountId)).toBe(false);
	});
});

describe("an organisation's new charter", () => {
	it('is accepted at the next visit before writing in its conversations', async () => {
		const { organisation, members } = await buildOrganisation(db(), { members: ['coordinator', 'member'] });
		const [coordinator, member] = members;
		const { conversationId } = await startGroupConversation(contextFor(db(), coordinator!), {
			slug: organisation.slug,
			title: 'Groupe',
			participantIds: [member!.accountId]
		});
		await updateOrganisation(contextFor(db(), coordinator!), {
			slug: organisation.slug,
			name: organisation.name,
			kind: 'gem',
			joinPolicy: 'request',
			charter: 'Une charte nouvelle, plus claire, que chacun relit.'
		});
		expect(
			(await getOrganisation(contextFor(db(), member!), { slug: organisation.slug })).charterPending
		).toBe(true);
		await expect(say(db(), member!, conversationId)).rejects.toMatchObject({
			code: 'CONFLICT',
			messageKey: 'error.organisationCharterPending'
		});
		await say(db(), coordinator!, conversationId);
		await expect(
			acceptOrganisationCharter(contextFor(db(), member!), { slug: organisation.slug } as never)
		).rejects.toMatchObject({ code: 'INVALID' });
		await acceptOrganisationCharter(contextFor(db(), member!), {
			slug: organisation.slug,
			acceptCharter: 'on',
			charterVersion: 2
		});
		expect(
			(await getOrganisation(contextFor(db(), member!), { slug: organisation.slug })).charterPending
		).toBe(false);
		await say(db(), member!, conversationId);
	});
});
