import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, contextFor, openAccompaniment } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { accompaniments, conversationParticipants, conversations, memberships } from '../../db/schema';
import {
	addGroupParticipants,
	messagesAfter,
	myConversations,
	openConversationReader,
	readConversation,
	sendMessage,
	startGroupConversation
} from '../conversations';
import { createReport, decideAppeal, decideReport, fileAppeal } from '../moderation';
import type { Actor } from '../shared';
import { leaveOrganisation } from './leave-organisation';
import { manageMembership } from './manage-membership';

const db = useTestDatabase();
type Member = Actor & { membershipId: string };

/**
 * An organisation where `person` (a peer supporter) takes part in a group with two others and accompanies
 * a member; a second organisation shares nothing with the first.
 */
async function scene() {
	const { organisation, members } = await buildOrganisation(db(), {
		members: ['coordinator', 'peer_supporter', 'member', 'member', 'moderator']
	});
	const [coordinator, person, accompanied, fellow, moderator] = members as unknown as Member[];
	const { conversationId: groupId } = await startGroupConversation(contextFor(db(), coordinator!), {
		slug: organisation.slug,
		title: 'Groupe du mardi',
		participantIds: [person!.accountId, fellow!.accountId]
	});
	const accompaniment = await openAccompaniment(db(), accompanied!, person!);
	await say(person!, groupId, 'Bonjour à tous');
	return {
		organisation,
		coordinator: coordinator!,
		person: person!,
		accompanied: accompanied!,
		fellow: fellow!,
		moderator: moderator!,
		groupId,
		accompaniment
	};
}

function say(actor: Actor, conversationId: string, body: string) {
	return sendMessage(contextFor(db(), actor), { conversationId, messageId: randomUUID(), body });
}

type Scene = Awaited<ReturnType<typeof scene>>;

/** Everything a removed person could still do in the organisation's group: all refused, nothing listed. */
async function expectNoAccessLeft(s: Scene) {
	const ctx = contextFor(db(), s.person);
	await expect(readConversation(ctx, { conversationId: s.groupId })).rejects.toMatchObject({
		code: 'NOT_FOUND'
	});
	await expect(messagesAfter(ctx, { conversationId: s.groupId })).rejects.toMatchObject({
		code: 'NOT_FOUND'
	});
	await expect(say(s.person, s.groupId, 'Je suis encore là ?')).rejects.toMatchObject({ code: 'NOT_FOUND' });
	const listed = await myConversations(ctx);
	expect(JSON.stringify(listed)).not.toContain(s.groupId);
	// The others go on without them.
	await expect(say(s.fellow, s.groupId, 'On continue')).resolves.toBeDefined();
	const [accompaniment] = await db()
		.select({ status: accompaniments.status, endedAt: accompaniments.endedAt })
		.from(accompaniments)
		.where(eq(accompaniments.id, s.accompaniment.accompanimentId));
	expect(accompaniment).toMatchObject({ status: 'ended', endedAt: expect.any(Date) });
	// The person they accompanied keeps the conversation but can no longer write there.
	await expect(
		readConversation(contextFor(db(), s.accompanied), { conversationId: s.accompaniment.conversationId })
	).resolves.toBeDefined();
	await expect(say(s.accompanied, s.accompaniment.conversationId, 'Allô ?')).rejects.toMatchObject({
		code: 'CONFLICT'
	});
}

function expectLeftEvents(events: Array<{ type: string }>, s: Scene) {
	expect(events).toEqual(
		expect.arrayContaining([
			{ type: 'membership.removed', organisationId: s.organisation.id, accountId: s.person.accountId },
			{ type: 'conversation.left', conversationId: s.groupId, accountId: s.person.accountId },
			{ type: 'accompaniment.ended', accompanimentId: s.accompaniment.accompanimentId }
		])
	);
}

describe('ending a membership, whoever ends it', () => {
	it('takes a member a coordinator removed out of the groups and ends their accompaniments there', async () => {
		const s = await scene();
		// A stream's reader opened before the removal reads nothing after it, even without the event.
		const reader = await openConversationReader(contextFor(db(), s.person), { conversationId: s.groupId });
		const ctx = contextFor(db(), s.coordinator);
		await manageMembership(ctx, {
			slug: s.organisation.slug,
			membershipId: s.person.membershipId,
			decision: 'remove'
		});
		expectLeftEvents(ctx.events.events, s);
		await expectNoAccessLeft(s);
		expect(await reader.after(0, 50)).toEqual([]);
	});

	it('does the same when a moderation decision removes them, and an appeal gives the membership back', async () => {
		const s = await scene();
		const { id } = await createReport(contextFor(db(), s.fellow), {
			subjectKind: 'profile',
			subjectId: s.person.accountId,
			reason: 'harassment'
		});
		const ctx = contextFor(db(), s.moderator);
		const { decisionId } = await decideReport(ctx, {
			reportId: id,
			action: 'remove_from_organisation',
			ground: 'harassment',
			statement: 'Plusieurs membres ont signalé des messages insistants malgré des refus clairs.'
		});
		expectLeftEvents(ctx.events.events, s);
		await expectNoAccessLeft(s);
		const [ended] = await db()
			.select({ endedBy: accompaniments.endedBy })
			.from(accompaniments)
			.where(eq(accompaniments.id, s.accompaniment.accompanimentId));
		expect(ended!.endedBy).toBe(s.moderator.accountId);

		const appeal = await fileAppeal(contextFor(db(), s.person), {
			decisionId,
			reason: 'Je conteste : ces messages étaient des réponses à des questions qu’on me posait.'
		});
		await decideAppeal(contextFor(db(), s.coordinator), {
			appealId: appeal.id,
			outcome: 'reversed',
			statement: 'Après relecture, les messages ne montrent pas d’insistance après un refus.'
		});
		const [restored] = await db()
			.select({ role: memberships.role, status: memberships.status })
			.from(memberships)
			.where(
				and(eq(memberships.organisationId, s.organisation.id), eq(memberships.accountId, s.person.accountId))
			);
		expect(restored).toEqual({ role: 'peer_supporter', status: 'active' });
		// Back as a member, they can be brought into the group again.
		await addGroupParticipants(contextFor(db(), s.coordinator), {
			conversationId: s.groupId,
			participantIds: [s.person.accountId]
		});
		await expect(say(s.person, s.groupId, 'Me revoilà')).resolves.toBeDefined();
	});

	it('does the same when they leave, and deletes a group nobody is left in', async () => {
		const s = await scene();
		const { conversationId: alone } = await startGroupConversation(contextFor(db(), s.person), {
			slug: s.organisation.slug,
			title: 'Seul·e ici',
			participantIds: [s.fellow.accountId]
		});
		await sendMessage(contextFor(db(), s.fellow), {
			conversationId: alone,
			messageId: randomUUID(),
			body: 'Je pars'
		});
		await db()
			.delete(conversationParticipants)
			.where(
				and(
					eq(conversationParticipants.conversationId, alone),
					eq(conversationParticipants.accountId, s.fellow.accountId)
				)
			);
		const ctx = contextFor(db(), s.person);
		await leaveOrganisation(ctx, { slug: s.organisation.slug });
		expectLeftEvents(ctx.events.events, s);
		await expectNoAccessLeft(s);
		expect(await db().select().from(conversations).where(eq(conversations.id, alone))).toEqual([]);
	});

	it('leaves the person’s groups and accompaniments of other organisations alone', async () => {
		const s = await scene();
		const other = await buildOrganisation(db(), { members: ['coordinator', 'member'] });
		const [otherCoordinator, otherMember] = other.members as unknown as Member[];
		await db().insert(memberships).values({
			organisationId: other.organisation.id,
			accountId: s.person.accountId,
			role: 'member',
			status: 'active',
			charterVersionAccepted: 1,
			charterAcceptedAt: new Date()
		});
		const { conversationId: elsewhere } = await startGroupConversation(contextFor(db(), otherCoordinator!), {
			slug: other.organisation.slug,
			title: 'Ailleurs',
			participantIds: [s.person.accountId, otherMember!.accountId]
		});
		await leaveOrganisation(contextFor(db(), s.person), { slug: s.organisation.slug });
		await expect(say(s.person, elsewhere, 'Toujours ici')).resolves.toBeDefined();
	});

	it('leaves nobody removed in a group someone adds them to at the same moment', async () => {
		for (let round = 0; round < 8; round++) {
			const s = await scene();
			// `accompanied` is a member of the organisation but not of the group: added and removed at once.
			await Promise.allSettled([
				addGroupParticipants(contextFor(db(), s.coordinator), {
					conversationId: s.groupId,
					participantIds: [s.accompanied.accountId]
				}),
				manageMembership(contextFor(db(), s.coordinator), {
					slug: s.organisation.slug,
					membershipId: s.accompanied.membershipId,
					decision: 'remove'
				})
			]);
			const inGroup = await db()
				.select({ accountId: conversationParticipants.accountId })
				.from(conversationParticipants)
				.where(
					and(
						eq(conversationParticipants.conversationId, s.groupId),
						eq(conversationParticipants.accountId, s.accompanied.accountId)
					)
				);
			expect(inGroup).toEqual([]);
		}
	});

	it('keeps one coordinator when all of them leave at the same moment', async () => {
		const { organisation } = await buildOrganisation(db(), { members: ['coordinator', 'coordinator'] });
		const coordinators = () =>
			db()
				.select({ accountId: memberships.accountId })
				.from(memberships)
				.where(and(eq(memberships.organisationId, organisation.id), eq(memberships.role, 'coordinator')));
		// The organisation's creator and the two others: three leave at once.
		const everyone = await coordinators();
		expect(everyone).toHaveLength(3);
		const results = await Promise.allSettled(
			everyone.map(({ accountId }) =>
				leaveOrganisation(
					contextFor(db(), { accountId, pseudonym: 'Coordination', isInstanceAdmin: false }),
					{
						slug: organisation.slug
					}
				)
			)
		);
		expect(results.filter((result) => result.status === 'rejected')).toEqual([
			{ status: 'rejected', reason: expect.objectContaining({ messageKey: 'error.lastCoordinator' }) }
		]);
		expect(await coordinators()).toHaveLength(1);
	});
});
