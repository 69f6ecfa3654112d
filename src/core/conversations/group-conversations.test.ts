import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	buildAccount,
	buildOrganisation,
	contextFor,
	fixedClock,
	uniquePseudonym
} from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { readAndRecord } from '../../../tests/support/views';
import { accounts, conversationParticipants, conversations, memberships, messages } from '../../db/schema';
import { blockPerson } from '../matching';
import { setDefaultRetention } from '../organisations';
import { endMembership } from '../organisations/end-membership';
import type { Actor } from '../shared';
import { addGroupParticipants } from './add-group-participants';
import { blockConversationPartner } from './block-conversation-partner';
import { addableMembers, groupCandidates, groupOrganisations } from './group-candidates';
import { leaveConversation } from './leave-conversation';
import { messagesAfter } from './messages-after';
import { myConversations, unreadMessageCount } from './my-conversations';
import { readConversation } from './read-conversation';
import { sendMessage } from './send-message';
import { startGroupConversation } from './start-group-conversation';

const db = useTestDatabase();

type Member = Actor & { role: string };

/** An organisation whose first member is an active coordinator (not an instance admin). */
async function organisationWith(...roles: Array<'coordinator' | 'peer_supporter' | 'member'>) {
	const built = await buildOrganisation(db(), { members: roles });
	return { ...built, members: built.members as unknown as Member[] };
}

const open = (actor: Actor, slug: string, participants: Actor[], title = 'Groupe du mardi') =>
	startGroupConversation(contextFor(db(), actor), {
		slug,
		title,
		participantIds: participants.map((person) => person.accountId)
	});

const say = (actor: Actor, conversationId: string, body: string, clock?: ReturnType<typeof fixedClock>) =>
	sendMessage(contextFor(db(), actor, clock ? { clock } : {}), {
		conversationId,
		messageId: randomUUID(),
		body
	});

/** Many active members at once, written directly: signing each one up would hash a password each time. */
async function bulkMembers(organisationId: string, count: number): Promise<string[]> {
	const rows = await db()
		.insert(accounts)
		.values(
			Array.from({ length: count }, () => {
				const pseudonym = uniquePseudonym('Foule');
				return {
					pseudonym,
					pseudonymKey: pseudonym.toLowerCase(),
					passwordHash: 'not-a-real-hash',
					consentVersion: '1',
					consentedAt: new Date()
				};
			})
		)
		.returning({ id: accounts.id });
	await db()
		.insert(memberships)
		.values(
			rows.map((row) => ({
				organisationId,
				accountId: row.id,
				role: 'member',
				status: 'active',
				charterVersionAccepted: 1,
				charterAcceptedAt: new Date()
			}))
		);
	return rows.map((row) => row.id);
}

describe('group conversations', () => {
	it('lets a coordinator open a titled group whose participants talk, each message signed', async () => {
		const { organisation, members } = await organisationWith('coordinator', 'member', 'member');
		const [coordinator, first, second] = members as [Member, Member, Member];
		const ctx = contextFor(db(), coordinator);
		const { conversationId } = await startGroupConversation(ctx, {
			slug: organisation.slug,
			title: '  Groupe du mardi  ',
			participantIds: [first.accountId, second.accountId, first.accountId]
		});
		expect(ctx.events.events).toEqual([{ type: 'conversation.changed', conversationId }]);

		await say(coordinator, conversationId, 'Bienvenue à vous deux');
		await say(first, conversationId, 'Merci !');
		const [listed] = await myConversations(contextFor(db(), second));
		expect(listed).toMatchObject({ id: conversationId, kind: 'group', title: 'Groupe du mardi', unread: 2 });
		expect(listed!.others.sort()).toEqual([coordinator.pseudonym, first.pseudonym].sort());
		expect(await unreadMessageCount(contextFor(db(), second))).toBe(2);

		const read = await readAndRecord(contextFor(db(), second), { conversationId });
		expect(read.conversation).toMatchObject({
			kind: 'group',
			title: 'Groupe du mardi',
			organisationId: organisation.id,
			writable: true,
			canLeave: true,
			createdByMe: false
		});
		expect(read.participants).toHaveLength(3);
		expect(read.messages.map((message) => [message.author?.pseudonym, message.body])).toEqual([
			[coordinator.pseudonym, 'Bienvenue à vous deux'],
			[first.pseudonym, 'Merci !']
		]);
		expect(await unreadMessageCount(contextFor(db(), second))).toBe(0);
	});

	it.each([
		['an active peer supporter', 'peer_supporter', 'active', true],
		['an active coordinator', 'coordinator', 'active', true],
		['a plain member', 'member', 'active', false],
		['a pending peer supporter', 'peer_supporter', 'pending', false]
	] as const)('lets %s open a group: %s', async (_case, role, status, allowed) => {
		const { organisation, members } = await organisationWith(role, 'member');
		const [opener, other] = members as [Member, Member];
		await db().update(memberships).set({ status }).where(eq(memberships.accountId, opener.accountId));
		const attempt = open(opener, organisation.slug, [other]);
		if (allowed) await expect(attempt).resolves.toMatchObject({ created: true });
		else await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});

	it('refuses someone outside the organisation, as opener and as participant', async () => {
		const { organisation, members } = await organisationWith('coordinator', 'member');
		const [coordinator, member] = members as [Member, Member];
		const stranger = await buildAccount(db());
		await expect(open(stranger, organisation.slug, [member])).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(open(coordinator, organisation.slug, [member, stranger])).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'participantIds', message: 'validation.group.participants' }]
		});
		await expect(open(coordinator, 'no-such-organisation', [member])).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(open(coordinator, organisation.slug, [member], ' ')).rejects.toMatchObject({
			code: 'INVALID'
		});
		for (const alone of [[], [coordinator]])
			await expect(open(coordinator, organisation.slug, alone)).rejects.toMatchObject({
				code: 'INVALID',
				fields: [{ field: 'participantIds', message: 'validation.group.participants' }]
			});
	});

	it('holds 50 people at most, at creation and when adding', async () => {
		const { organisation, members } = await organisationWith('coordinator');
		const coordinator = members[0]!;
		const crowd = await bulkMembers(organisation.id, 50);
		const tooMany = startGroupConversation(contextFor(db(), coordinator), {
			slug: organisation.slug,
			title: 'Tout le monde',
			participantIds: crowd
		});
		await expect(tooMany).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'participantIds', message: 'validation.group.tooMany' }]
		});
		const { conversationId } = await startGroupConversation(contextFor(db(), coordinator), {
			slug: organisation.slug,
			title: 'Presque tout le monde',
			participantIds: crowd.slice(0, 48)
		});
		const ctx = contextFor(db(), coordinator);
		await expect(
			addGroupParticipants(ctx, { conversationId, participantIds: crowd.slice(48) })
		).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'participantIds', message: 'validation.group.tooMany' }]
		});
		await expect(
			addGroupParticipants(ctx, { conversationId, participantIds: [crowd[48]!] })
		).resolves.toEqual({
			added: 1,
			participants: 50
		});
		await expect(
			addGroupParticipants(ctx, { conversationId, participantIds: [crowd[49]!] })
		).rejects.toMatchObject({
			code: 'INVALID'
		});
	});

	it('lets any participant who coordinates or supports there add members, even once the creator left', async () => {
		const { organisation, members } = await organisationWith(
			'peer_supporter',
			'member',
			'peer_supporter',
			'coordinator',
			'member',
			'member'
		);
		const [creator, plain, fellow, outsideCoordinator, later, blocker] = members as [
			Member,
			Member,
			Member,
			Member,
			Member,
			Member
		];
		const { conversationId } = await open(creator, organisation.slug, [plain, fellow]);
		const add = (actor: Actor, people: Actor[]) =>
			addGroupParticipants(contextFor(db(), actor), {
				conversationId,
				participantIds: people.map((person) => person.accountId)
			});

		// A plain member of the group may not add; a coordinator outside it does not even see it.
		expect(await addableMembers(contextFor(db(), plain), { conversationId })).toBeNull();
		await expect(add(plain, [later])).rejects.toMatchObject({
			code: 'FORBIDDEN',
			messageKey: 'error.group.cannotAdd'
		});
		await expect(
			addableMembers(contextFor(db(), outsideCoordinator), { conversationId })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(add(outsideCoordinator, [later])).rejects.toMatchObject({ code: 'NOT_FOUND' });

		// The creator who is no longer a peer supporter there may not add any more.
		await db()
			.update(memberships)
			.set({ role: 'member' })
			.where(eq(memberships.accountId, creator.accountId));
		expect(await addableMembers(contextFor(db(), creator), { conversationId })).toBeNull();
		await expect(add(creator, [later])).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await leaveConversation(contextFor(db(), creator), { conversationId });

		// Another peer supporter of the group carries on, with the same checks as the creator had.
		const addable = await addableMembers(contextFor(db(), fellow), { conversationId });
		expect(addable).toContainEqual({ accountId: later.accountId, pseudonym: later.pseudonym });
		expect(addable!.map((member) => member.accountId)).not.toContain(plain.accountId);
		expect(addable!.map((member) => member.accountId)).not.toContain(fellow.accountId);
		const outsider = await buildAccount(db());
		await expect(add(fellow, [outsider])).rejects.toMatchObject({ code: 'INVALID' });
		await blockPerson(contextFor(db(), blocker), { accountId: fellow.accountId });
		const stillAddable = await addableMembers(contextFor(db(), fellow), { conversationId });
		expect(stillAddable!.map((member) => member.accountId)).not.toContain(blocker.accountId);
		await expect(add(fellow, [blocker])).rejects.toMatchObject({ code: 'INVALID' });
		const ctx = contextFor(db(), fellow);
		await expect(
			addGroupParticipants(ctx, { conversationId, participantIds: [later.accountId, plain.accountId] })
		).resolves.toEqual({ added: 1, participants: 3 });
		expect(ctx.events.events).toEqual([{ type: 'conversation.changed', conversationId }]);
		const read = await readConversation(contextFor(db(), later), { conversationId });
		expect(read.participants.map((person) => person.pseudonym).sort()).toEqual(
			[plain.pseudonym, fellow.pseudonym, later.pseudonym].sort()
		);
	});

	it('lets a newcomer read from the message they joined after, whatever the writers’ clocks said', async () => {
		const { organisation, members } = await organisationWith('peer_supporter', 'member', 'member');
		const [creator, writer, newcomer] = members as [Member, Member, Member];
		const { conversationId } = await open(creator, organisation.slug, [writer]);
		const joining = new Date(Date.now() + 3_600_000);
		const clockAt = (offsetMs: number) => fixedClock(new Date(joining.getTime() + offsetMs));

		// Committed before the newcomer arrives, though stamped at or after their arrival time by a clock ahead.
		await say(writer, conversationId, 'Écrit avant, horloge en avance', clockAt(5_000));
		await say(writer, conversationId, 'Écrit avant, à la même heure', clockAt(0));
		await addGroupParticipants(contextFor(db(), creator, { clock: clockAt(0) }), {
			conversationId,
			participantIds: [newcomer.accountId]
		});
		// Committed after, though stamped before their arrival time by a clock behind.
		await say(writer, conversationId, 'Écrit après, horloge en retard', clockAt(-5_000));
		await say(creator, conversationId, 'Bienvenue', clockAt(60_000));

		const seen = contextFor(db(), newcomer, { clock: clockAt(120_000) });
		const after = ['Écrit après, horloge en retard', 'Bienvenue'];
		expect(await unreadMessageCount(seen)).toBe(2);
		expect((await myConversations(seen))[0]).toMatchObject({ id: conversationId, unread: 2 });
		expect((await messagesAfter(seen, { conversationId })).map((message) => message.body)).toEqual(after);
		const read = await readAndRecord(seen, { conversationId });
		expect(read.messages.map((message) => message.body)).toEqual(after);
		expect(read.nextBefore).toBeNull();
		expect(await unreadMessageCount(seen)).toBe(0);
		// Those who were there from the start read everything.
		const writerView = await readConversation(contextFor(db(), writer, { clock: clockAt(120_000) }), {
			conversationId
		});
		expect(writerView.messages).toHaveLength(4);
	});

	it('answers NOT_FOUND to a stranger everywhere, whether the group exists or not', async () => {
		const { organisation, members } = await organisationWith('coordinator', 'member', 'member');
		const [coordinator, member, bystander] = members as [Member, Member, Member];
		const { conversationId } = await open(coordinator, organisation.slug, [member]);
		const stranger = contextFor(db(), bystander);
		for (const id of [conversationId, randomUUID()]) {
			await expect(readConversation(stranger, { conversationId: id })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
			await expect(messagesAfter(stranger, { conversationId: id })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
			await expect(say(bystander, id, 'Coucou')).rejects.toMatchObject({ code: 'NOT_FOUND' });
			await expect(
				addGroupParticipants(stranger, { conversationId: id, participantIds: [bystander.accountId] })
			).rejects.toMatchObject({ code: 'NOT_FOUND' });
			await expect(leaveConversation(stranger, { conversationId: id })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
		}
	});

	it('lets a participant leave: gone for them, their words stay for the others', async () => {
		const { organisation, members } = await organisationWith('coordinator', 'member', 'member');
		const [coordinator, leaver, stayer] = members as [Member, Member, Member];
		const { conversationId } = await open(coordinator, organisation.slug, [leaver, stayer]);
		await say(leaver, conversationId, 'Je dois partir, au revoir');
		const ctx = contextFor(db(), leaver);
		await expect(leaveConversation(ctx, { conversationId })).resolves.toEqual({ left: true });
		expect(ctx.events.events).toEqual([
			{ type: 'conversation.left', conversationId, accountId: leaver.accountId }
		]);
		await say(stayer, conversationId, 'Au revoir !');

		await expect(readConversation(ctx, { conversationId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(messagesAfter(ctx, { conversationId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
		expect(await myConversations(ctx)).toEqual([]);
		expect(await unreadMessageCount(ctx)).toBe(0);
		const read = await readConversation(contextFor(db(), stayer), { conversationId });
		expect(read.participants.map((person) => person.pseudonym)).not.toContain(leaver.pseudonym);
		expect(read.messages[0]).toMatchObject({
			body: 'Je dois partir, au revoir',
			author: { pseudonym: leaver.pseudonym }
		});

		await leaveConversation(contextFor(db(), stayer), { conversationId });
		await leaveConversation(contextFor(db(), coordinator), { conversationId });
		expect(await db().select().from(conversations).where(eq(conversations.id, conversationId))).toEqual([]);
		expect(await db().select().from(messages).where(eq(messages.conversationId, conversationId))).toEqual([]);
	});

	it('hides a blocked person’s messages from the blocker, and never lets them add the blocker', async () => {
		const { organisation, members } = await organisationWith(
			'coordinator',
			'peer_supporter',
			'member',
			'member'
		);
		const [coordinator, blocked, blocker, third] = members as [Member, Member, Member, Member];
		await blockPerson(contextFor(db(), blocker), { accountId: blocked.accountId });
		const { conversationId } = await open(coordinator, organisation.slug, [blocked, blocker]);

		await say(blocked, conversationId, 'Message de la personne bloquée');
		await say(coordinator, conversationId, 'Message de la coordinatrice');
		const seen = contextFor(db(), blocker);
		expect((await readAndRecord(seen, { conversationId })).messages.map((message) => message.body)).toEqual([
			'Message de la coordinatrice'
		]);
		expect((await messagesAfter(seen, { conversationId })).map((message) => message.body)).toEqual([
			'Message de la coordinatrice'
		]);
		await say(blocked, conversationId, 'Encore un message');
		expect(await unreadMessageCount(seen)).toBe(0);
		expect((await myConversations(seen))[0]).toMatchObject({ unread: 0 });
		expect((await readConversation(seen, { conversationId })).conversation.writable).toBe(true);
		// The blocked person is not told: they read the group as everyone else does.
		const theirs = await readConversation(contextFor(db(), blocked), { conversationId });
		expect(theirs.messages.map((message) => message.body)).toContain('Message de la coordinatrice');

		const candidates = await groupCandidates(contextFor(db(), blocked), { slug: organisation.slug });
		expect(candidates.members.map((member) => member.accountId)).not.toContain(blocker.accountId);
		await expect(open(blocked, organisation.slug, [third, blocker])).rejects.toMatchObject({
			code: 'INVALID'
		});
		const own = await open(blocked, organisation.slug, [third]);
		await expect(
			addGroupParticipants(contextFor(db(), blocked), {
				conversationId: own.conversationId,
				participantIds: [blocker.accountId]
			})
		).rejects.toMatchObject({ code: 'INVALID' });
	});

	it('lets a participant block another participant of the group, and no one else from there', async () => {
		const { organisation, members } = await organisationWith('coordinator', 'member', 'member', 'member');
		const [coordinator, blocker, blocked, outsider] = members as [Member, Member, Member, Member];
		const { conversationId } = await open(coordinator, organisation.slug, [blocker, blocked]);
		const ctx = contextFor(db(), blocker);
		expect(await blockConversationPartner(ctx, { conversationId, accountId: outsider.accountId })).toEqual({
			blocked: false
		});
		expect(await blockConversationPartner(ctx, { conversationId })).toEqual({ blocked: false });
		expect(await blockConversationPartner(ctx, { conversationId, accountId: blocked.accountId })).toEqual({
			blocked: true
		});
		await say(blocked, conversationId, 'Tu ne me lis plus');
		expect((await readConversation(ctx, { conversationId })).messages).toEqual([]);
	});

	it('offers groups only where the actor coordinates or supports', async () => {
		const supporting = await organisationWith('peer_supporter');
		const belonging = await organisationWith('member');
		await db().insert(memberships).values({
			organisationId: belonging.organisation.id,
			accountId: supporting.members[0]!.accountId,
			role: 'member',
			status: 'active',
			charterVersionAccepted: 1,
			charterAcceptedAt: new Date()
		});
		expect(await groupOrganisations(contextFor(db(), supporting.members[0]!))).toEqual([
			{ slug: supporting.organisation.slug, name: supporting.organisation.name }
		]);
		await expect(
			groupCandidates(contextFor(db(), supporting.members[0]!), { slug: belonging.organisation.slug })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});
});

describe('organisation default retention', () => {
	it('is set by a coordinator, not by a member, and given to new groups only', async () => {
		const { organisation, members } = await organisationWith('coordinator', 'member', 'member');
		const [coordinator, member, other] = members as [Member, Member, Member];
		const before = await open(coordinator, organisation.slug, [member]);
		await expect(
			setDefaultRetention(contextFor(db(), member), { slug: organisation.slug, retention: '24h' })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(
			setDefaultRetention(contextFor(db(), coordinator), {
				slug: organisation.slug,
				retention: 'forever' as never
			})
		).rejects.toMatchObject({ code: 'INVALID' });
		await setDefaultRetention(contextFor(db(), coordinator), { slug: organisation.slug, retention: '7d' });
		const after = await open(coordinator, organisation.slug, [member, other]);
		const retention = async (conversationId: string) =>
			(await readConversation(contextFor(db(), member), { conversationId })).conversation.retention;
		expect(await retention(before.conversationId)).toBe('never');
		expect(await retention(after.conversationId)).toBe('7d');
	});
});

/** The groups of an organisation the person takes part in. */
function groupsOf(organisationId: string, accountId: string) {
	return db()
		.select({ id: conversations.id })
		.from(conversationParticipants)
		.innerJoin(conversations, eq(conversations.id, conversationParticipants.conversationId))
		.where(
			and(
				eq(conversations.organisationId, organisationId),
				eq(conversations.kind, 'group'),
				eq(conversationParticipants.accountId, accountId)
			)
		);
}

// PGlite runs one transaction at a time: only PostgreSQL lets the two overlap.
describe.skipIf(process.env.ENTREPAIRS_TEST_DB !== 'postgres')('a group opened during a removal', () => {
	it('does not take in a member whose removal is committing at that instant', async () => {
		const { organisation, members } = await organisationWith('coordinator', 'member', 'member');
		const [coordinator, leaving, staying] = members as [Member, Member, Member];
		let release = () => {};
		const gate = new Promise<void>((resolve) => (release = resolve));
		let started = () => {};
		const removing = new Promise<void>((resolve) => (started = resolve));
		// The removal has deleted the membership and taken the person out of the groups, not yet committed.
		const removal = db().transaction(async (tx) => {
			await endMembership(tx, {
				organisationId: organisation.id,
				accountId: leaving.accountId,
				endedBy: coordinator.accountId,
				now: new Date()
			});
			started();
			await gate;
		});
		await removing;
		const opening = open(coordinator, organisation.slug, [leaving, staying]).then(
			(opened) => opened,
			(error: unknown) => error
		);
		await new Promise((resolve) => setTimeout(resolve, 300));
		release();
		await removal;
		expect(await opening).toMatchObject({ code: 'INVALID' });
		expect(await groupsOf(organisation.id, leaving.accountId)).toEqual([]);
	});

	it('leaves nobody removed in a group opened at the same moment', async () => {
		for (let round = 0; round < 10; round++) {
			const { organisation, members } = await organisationWith('coordinator', 'member', 'member');
			const [coordinator, leaving, staying] = members as [Member, Member, Member];
			await Promise.allSettled([
				open(coordinator, organisation.slug, [leaving, staying]),
				db().transaction((tx) =>
					endMembership(tx, {
						organisationId: organisation.id,
						accountId: leaving.accountId,
						endedBy: coordinator.accountId,
						now: new Date()
					})
				)
			]);
			expect(await groupsOf(organisation.id, leaving.accountId)).toEqual([]);
		}
	});
});
