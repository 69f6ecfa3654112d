import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { contextFor } from '../../../tests/support/factories';
import { groupScene, isParticipant, notificationsOf, say } from '../../../tests/support/peer-groups';
import {
	acceptGroupCharter,
	admitCompanion,
	answerGroupInvitation,
	decideGroupRequest,
	getGroup,
	inviteToGroup,
	joinGroup,
	leaveGroup,
	listGroupMembers,
	listGroups,
	removeFromGroup,
	setGroupRole,
	updateGroup
} from '.';

const db = useTestDatabase();

describe('creating and finding a group', () => {
	it('creates the group, its own conversation, and makes the creator its facilitator', async () => {
		const s = await groupScene(db());
		const shown = await getGroup(contextFor(db(), s.coordinator), { groupId: s.groupId });
		expect(shown.group.conversationId).toBe(s.conversationId);
		expect(shown.me).toMatchObject({ role: 'facilitator', status: 'active', charterCurrent: true });
		expect(shown.members?.map((person) => person.pseudonym)).toEqual([s.coordinator.pseudonym]);
		expect(await isParticipant(db(), s.conversationId, s.coordinator.accountId)).toBe(true);
	});

	it('refuses anyone but a coordinator', async () => {
		const s = await groupScene(db());
		await expect(
			groupScene(db()).then(() =>
				import('.').then(({ createGroup }) =>
					createGroup(contextFor(db(), s.supporter), {
						slug: s.organisation.slug,
						kind: 'talk',
						title: 'Autre groupe',
						audience: 'members',
						joinPolicy: 'open',
						charter: 'Une charte assez longue pour passer.'
					})
				)
			)
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});

	it('hides a peers-only group from professionals and relatives (404), and lists it to peers', async () => {
		const s = await groupScene(db());
		for (const outsider of [s.professional, s.relative]) {
			await expect(getGroup(contextFor(db(), outsider), { groupId: s.groupId })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
			await expect(
				joinGroup(contextFor(db(), outsider), { groupId: s.groupId, acceptCharter: true })
			).rejects.toMatchObject({ code: 'NOT_FOUND' });
			const listed = await listGroups(contextFor(db(), outsider), { slug: s.organisation.slug });
			expect(listed.groups).toEqual([]);
		}
		const listed = await listGroups(contextFor(db(), s.member), { slug: s.organisation.slug });
		expect(listed.groups).toMatchObject([{ id: s.groupId, myStatus: null }]);
		expect(listed.canCreate).toBe(false);
		expect((await listGroups(contextFor(db(), null), { slug: s.organisation.slug })).groups).toEqual([]);
	});

	it('shows members a count and facilitators names', async () => {
		const s = await groupScene(db());
		await joinGroup(contextFor(db(), s.member), { groupId: s.groupId, acceptCharter: true });
		const asMember = await getGroup(contextFor(db(), s.member), { groupId: s.groupId });
		expect(asMember.memberCount).toBe(2);
		expect(asMember.members).toBeNull();
		const asPeer = await getGroup(contextFor(db(), s.other), { groupId: s.groupId });
		expect(asPeer.memberCount).toBeNull();
		expect(asPeer.group.conversationId).toBeNull();
	});
});

describe('joining', () => {
	it('an open group: in at once, charter accepted, in its conversation', async () => {
		const s = await groupScene(db());
		expect(await joinGroup(contextFor(db(), s.member), { groupId: s.groupId, acceptCharter: true })).toEqual({
			status: 'active'
		});
		expect(await isParticipant(db(), s.conversationId, s.member.accountId)).toBe(true);
		await say(db(), s.member, s.conversationId);
		await expect(
			joinGroup(contextFor(db(), s.member), { groupId: s.groupId, acceptCharter: true })
		).rejects.toMatchObject({ code: 'CONFLICT' });
	});

	it('refuses without the charter', async () => {
		const s = await groupScene(db());
		await expect(
			joinGroup(contextFor(db(), s.member), { groupId: s.groupId } as never)
		).rejects.toMatchObject({
			code: 'INVALID'
		});
	});

	it('on request: pending, facilitators told; approval puts them in and tells them', async () => {
		const s = await groupScene(db(), { joinPolicy: 'request' });
		const ctx = contextFor(db(), s.member);
		expect(await joinGroup(ctx, { groupId: s.groupId, acceptCharter: true, message: 'Bonjour' })).toEqual({
			status: 'pending'
		});
		expect(await isParticipant(db(), s.conversationId, s.member.accountId)).toBe(false);
		expect(await notificationsOf(db(), s.coordinator.accountId, 'group.requested')).toHaveLength(1);
		const members = await listGroupMembers(contextFor(db(), s.coordinator), { groupId: s.groupId });
		expect(members.people.find((person) => person.accountId === s.member.accountId)).toMatchObject({
			status: 'pending',
			requestMessage: 'Bonjour'
		});
		await decideGroupRequest(contextFor(db(), s.coordinator), {
			groupId: s.groupId,
			accountId: s.member.accountId,
			decision: 'approve'
		});
		expect(await isParticipant(db(), s.conversationId, s.member.accountId)).toBe(true);
		expect(await notificationsOf(db(), s.member.accountId, 'group.approved')).toHaveLength(1);
	});

	it('on request: a refusal removes the request and tells them', async () => {
		const s = await groupScene(db(), { joinPolicy: 'request' });
		await joinGroup(contextFor(db(), s.member), { groupId: s.groupId, acceptCharter: true });
		await decideGroupRequest(contextFor(db(), s.coordinator), {
			groupId: s.groupId,
			accountId: s.member.accountId,
			decision: 'refuse'
		});
		expect(await notificationsOf(db(), s.member.accountId, 'group.refused')).toHaveLength(1);
		expect((await getGroup(contextFor(db(), s.member), { groupId: s.groupId })).me).toBeNull();
	});

	it('by invitation: nobody is in without accepting', async () => {
		const s = await groupScene(db(), { joinPolicy: 'invitation' });
		await expect(
			joinGroup(contextFor(db(), s.member), { groupId: s.groupId, acceptCharter: true })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await inviteToGroup(contextFor(db(), s.coordinator), {
			groupId: s.groupId,
			accountId: s.member.accountId
		});
		expect(await notificationsOf(db(), s.member.accountId, 'group.invited')).toHaveLength(1);
		expect(await isParticipant(db(), s.conversationId, s.member.accountId)).toBe(false);
		await expect(
			answerGroupInvitation(contextFor(db(), s.member), { groupId: s.groupId, answer: 'accept' })
		).rejects.toMatchObject({ code: 'INVALID' });
		await answerGroupInvitation(contextFor(db(), s.member), {
			groupId: s.groupId,
			answer: 'accept',
			acceptCharter: 'on'
		});
		expect(await isParticipant(db(), s.conversationId, s.member.accountId)).toBe(true);
	});

	it('does not invite a professional into a peers-only group; a declined invitation goes', async () => {
		const s = await groupScene(db(), { joinPolicy: 'invitation' });
		await expect(
			inviteToGroup(contextFor(db(), s.coordinator), {
				groupId: s.groupId,
				accountId: s.professional.accountId
			})
		).rejects.toMatchObject({ code: 'INVALID' });
		await inviteToGroup(contextFor(db(), s.coordinator), {
			groupId: s.groupId,
			accountId: s.member.accountId
		});
		await answerGroupInvitation(contextFor(db(), s.member), { groupId: s.groupId, answer: 'decline' });
		expect((await getGroup(contextFor(db(), s.member), { groupId: s.groupId })).me).toBeNull();
	});
});

describe('charter changes', () => {
	it('a member accepts the new charter before writing again', async () => {
		const s = await groupScene(db());
		await joinGroup(contextFor(db(), s.member), { groupId: s.groupId, acceptCharter: true });
		const changed = await updateGroup(contextFor(db(), s.coordinator), {
			groupId: s.groupId,
			charter: `${'Nouvelle charte. '}${'On se respecte.'}`
		});
		expect(changed).toMatchObject({ charterVersion: 2, charterChanged: true });
		await expect(say(db(), s.member, s.conversationId)).rejects.toMatchObject({
			code: 'CONFLICT',
			messageKey: 'error.peerGroups.charterPending'
		});
		// Whoever changed it accepted it by changing it.
		await say(db(), s.coordinator, s.conversationId);
		const shown = await getGroup(contextFor(db(), s.member), { groupId: s.groupId });
		expect(shown.can).toMatchObject({ acceptCharter: true, takePart: false });
		await expect(
			acceptGroupCharter(contextFor(db(), s.member), {
				groupId: s.groupId,
				acceptCharter: true,
				charterVersion: 1
			})
		).rejects.toMatchObject({ code: 'CONFLICT' });
		await acceptGroupCharter(contextFor(db(), s.member), {
			groupId: s.groupId,
			acceptCharter: true,
			charterVersion: 2
		});
		await say(db(), s.member, s.conversationId);
	});

	it('a change without a new charter keeps the version', async () => {
		const s = await groupScene(db());
		expect(
			await updateGroup(contextFor(db(), s.coordinator), { groupId: s.groupId, title: 'Le groupe du mardi' })
		).toMatchObject({ charterVersion: 1, charterChanged: false });
	});
});

describe('facilitators, companions and leaving', () => {
	it('admits a named companion (a professional) in a peers-only group; they leave with the member', async () => {
		const s = await groupScene(db());
		await joinGroup(contextFor(db(), s.member), { groupId: s.groupId, acceptCharter: true });
		await admitCompanion(contextFor(db(), s.coordinator), {
			groupId: s.groupId,
			accountId: s.professional.accountId,
			companionOf: s.member.accountId
		});
		expect(await isParticipant(db(), s.conversationId, s.professional.accountId)).toBe(false);
		await answerGroupInvitation(contextFor(db(), s.professional), {
			groupId: s.groupId,
			answer: 'accept',
			acceptCharter: true
		});
		expect(await isParticipant(db(), s.conversationId, s.professional.accountId)).toBe(true);
		const ctx = contextFor(db(), s.member);
		await leaveGroup(ctx, { groupId: s.groupId });
		expect(await isParticipant(db(), s.conversationId, s.professional.accountId)).toBe(false);
		expect(ctx.events.events).toContainEqual({
			type: 'conversation.left',
			conversationId: s.conversationId,
			accountId: s.professional.accountId
		});
		await expect(getGroup(contextFor(db(), s.professional), { groupId: s.groupId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('a peer and a professional co-facilitate a members group; not a peers-only one', async () => {
		const s = await groupScene(db(), { audience: 'members' });
		await joinGroup(contextFor(db(), s.professional), { groupId: s.groupId, acceptCharter: true });
		await setGroupRole(contextFor(db(), s.coordinator), {
			groupId: s.groupId,
			accountId: s.professional.accountId,
			role: 'facilitator'
		});
		const peers = await groupScene(db());
		await joinGroup(contextFor(db(), peers.member), { groupId: peers.groupId, acceptCharter: true });
		await setGroupRole(contextFor(db(), peers.coordinator), {
			groupId: peers.groupId,
			accountId: peers.member.accountId,
			role: 'facilitator'
		});
		await expect(
			setGroupRole(contextFor(db(), peers.member), {
				groupId: peers.groupId,
				accountId: peers.member.accountId,
				role: 'facilitator'
			})
		).resolves.toMatchObject({ changed: false });
	});

	it('never leaves a group without a facilitator', async () => {
		const s = await groupScene(db());
		await expect(leaveGroup(contextFor(db(), s.coordinator), { groupId: s.groupId })).rejects.toMatchObject({
			code: 'CONFLICT',
			messageKey: 'error.peerGroups.lastFacilitator'
		});
		await expect(
			setGroupRole(contextFor(db(), s.coordinator), {
				groupId: s.groupId,
				accountId: s.coordinator.accountId,
				role: 'member'
			})
		).rejects.toMatchObject({ code: 'CONFLICT' });
	});

	it('a facilitator removes a member: out of the conversation at once', async () => {
		const s = await groupScene(db());
		await joinGroup(contextFor(db(), s.member), { groupId: s.groupId, acceptCharter: true });
		const ctx = contextFor(db(), s.coordinator);
		await removeFromGroup(ctx, { groupId: s.groupId, accountId: s.member.accountId });
		expect(ctx.events.events).toContainEqual({
			type: 'conversation.left',
			conversationId: s.conversationId,
			accountId: s.member.accountId
		});
		await expect(say(db(), s.member, s.conversationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});

	it('a member cannot manage the group', async () => {
		const s = await groupScene(db());
		await joinGroup(contextFor(db(), s.member), { groupId: s.groupId, acceptCharter: true });
		await expect(
			removeFromGroup(contextFor(db(), s.member), { groupId: s.groupId, accountId: s.coordinator.accountId })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(listGroupMembers(contextFor(db(), s.member), { groupId: s.groupId })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
	});
});
