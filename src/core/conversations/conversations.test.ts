import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	buildAccount,
	buildOrganisation,
	contextFor,
	fixedClock,
	openAccompaniment
} from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { readAndRecord } from '../../../tests/support/views';
import { memberships, messages } from '../../db/schema';
import { endAccompaniment } from '../matching';
import { deleteAccount, exportPersonalData } from '../my-data';
import { manageMembership } from '../organisations';
import type { Actor } from '../shared';
import { blockPerson } from '../matching';
import { canWriteDirectly, startDirectConversation } from './direct-conversation';
import { setDirectMessages } from './set-direct-messages';
import { deleteMessage } from './delete-message';
import { editMessage } from './edit-message';
import { messagesAfter } from './messages-after';
import { myConversations, unreadMessageCount } from './my-conversations';
import { purgeExpiredMessages } from './purge-expired-messages';
import { readConversation } from './read-conversation';
import { sendMessage } from './send-message';
import { setMuted } from './set-muted';
import { setRetention } from './set-retention';

const db = useTestDatabase();

/** A member and a supporter whose accompaniment is open: its conversation exists. */
async function accompanied() {
	const { members } = await buildOrganisation(db(), { members: ['member', 'peer_supporter'] });
	const [member, supporter] = members as unknown as [Actor, Actor];
	return { member, supporter, ...(await openAccompaniment(db(), member, supporter)) };
}

const say = (
	actor: Actor,
	conversationId: string,
	body: string,
	messageId = randomUUID(),
	clock = fixedClock()
) => sendMessage(contextFor(db(), actor, { clock }), { conversationId, messageId, body });

describe('conversations', () => {
	it('stores another text sent under a stored id as another message, even two at once, never dropping one', async () => {
		// A form reused from the browser's history, or one page sent to two tabs, carries an id already used.
		const { member, conversationId } = await accompanied();
		const ctx = contextFor(db(), member);
		const messageId = randomUUID();
		const first = await sendMessage(ctx, { conversationId, messageId, body: 'Premier message' });
		const other = await sendMessage(ctx, { conversationId, messageId, body: 'Un autre message' });
		expect(other).toMatchObject({ duplicate: false });
		expect(other.id).not.toBe(messageId);
		expect(other.seq).toBeGreaterThan(first.seq);
		// Two different texts at once under one fresh id: both are kept.
		const shared = randomUUID();
		const both = await Promise.all(
			['Depuis le téléphone', 'Depuis l’ordinateur'].map((body) =>
				sendMessage(contextFor(db(), member), { conversationId, messageId: shared, body })
			)
		);
		expect(both.map((sent) => sent.duplicate)).toEqual([false, false]);
		expect(new Set(both.map((sent) => sent.id)).size).toBe(2);
		const stored = await db().select().from(messages).where(eq(messages.conversationId, conversationId));
		expect(stored.map((row) => row.body).sort()).toEqual(
			['Depuis le téléphone', 'Depuis l’ordinateur', 'Premier message', 'Un autre message'].sort()
		);
	});

	it('opens with the accompaniment; a retried send is stored once and announced once', async () => {
		const { member, supporter, conversationId } = await accompanied();
		const ctx = contextFor(db(), member);
		const messageId = randomUUID();
		const first = await sendMessage(ctx, { conversationId, messageId, body: '  Bonjour Sacha  ' });
		const again = await sendMessage(ctx, { conversationId, messageId, body: '  Bonjour Sacha  ' });
		expect(again).toMatchObject({ seq: first.seq, duplicate: true });
		expect(ctx.events.events.filter((event) => event.type === 'message.created')).toEqual([
			{ type: 'message.created', conversationId, seq: first.seq }
		]);
		const stored = await db().select().from(messages).where(eq(messages.conversationId, conversationId));
		expect(stored.map((row) => row.body)).toEqual(['Bonjour Sacha']);

		expect(await unreadMessageCount(contextFor(db(), supporter))).toBe(1);
		expect(await unreadMessageCount(contextFor(db(), member))).toBe(0);
		const [listed] = await myConversations(contextFor(db(), supporter));
		expect(listed).toMatchObject({ id: conversationId, others: [member.pseudonym], unread: 1, open: true });
		const read = await readAndRecord(contextFor(db(), supporter), { conversationId });
		expect(read.messages).toEqual([
			expect.objectContaining({
				body: 'Bonjour Sacha',
				mine: false,
				author: expect.objectContaining({ pseudonym: member.pseudonym })
			})
		]);
		expect(read.unreadFrom).toBe(0);
		expect(await unreadMessageCount(contextFor(db(), supporter))).toBe(0);
	});

	it('lets only participants read, write and follow a conversation: others get "not found"', async () => {
		const { conversationId } = await accompanied();
		const stranger = await buildAccount(db());
		const ctx = contextFor(db(), stranger);
		for (const attempt of [
			() => readConversation(ctx, { conversationId }),
			() => messagesAfter(ctx, { conversationId, after: 0 }),
			() => sendMessage(ctx, { conversationId, messageId: randomUUID(), body: 'Coucou' }),
			() => setRetention(ctx, { conversationId, retention: '24h' }),
			() => readConversation(ctx, { conversationId: randomUUID() })
		]) {
			await expect(attempt()).rejects.toMatchObject({ code: 'NOT_FOUND' });
		}
	});

	it('refuses empty and oversized messages, a reused id from someone else, and floods', async () => {
		const { member, supporter, conversationId } = await accompanied();
		await expect(say(member, conversationId, '   ')).rejects.toMatchObject({ code: 'INVALID' });
		await expect(say(member, conversationId, 'x'.repeat(4001))).rejects.toMatchObject({ code: 'INVALID' });
		await say(member, conversationId, 'x'.repeat(4000));
		const taken = randomUUID();
		await say(member, conversationId, 'À moi', taken);
		await expect(say(supporter, conversationId, 'À moi aussi', taken)).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		const clock = fixedClock();
		for (let index = 0; index < 20; index++)
			await say(supporter, conversationId, `n° ${index}`, randomUUID(), clock);
		await expect(say(supporter, conversationId, 'encore', randomUUID(), clock)).rejects.toMatchObject({
			code: 'RATE_LIMITED'
		});
		clock.advance(61_000);
		await say(supporter, conversationId, 'après une pause', randomUUID(), clock);
	});

	it('catches a reader up from the last message they saw, in order', async () => {
		const { member, supporter, conversationId } = await accompanied();
		const first = await say(member, conversationId, 'un');
		await say(supporter, conversationId, 'deux');
		await say(member, conversationId, 'trois');
		const missed = await messagesAfter(contextFor(db(), supporter), { conversationId, after: first.seq });
		expect(missed.map((message) => message.body)).toEqual(['deux', 'trois']);
		expect(missed.map((message) => message.mine)).toEqual([true, false]);
	});

	it('pages back through a long conversation with a cursor', async () => {
		const { member, conversationId } = await accompanied();
		const clock = fixedClock();
		for (let index = 1; index <= 7; index++) {
			await say(member, conversationId, `message ${index}`, randomUUID(), clock);
			clock.advance(10_000);
		}
		const ctx = contextFor(db(), member);
		const latest = await readConversation(ctx, { conversationId, limit: 3 });
		expect(latest.messages.map((message) => message.body)).toEqual(['message 5', 'message 6', 'message 7']);
		const older = await readConversation(ctx, { conversationId, limit: 3, before: latest.nextBefore! });
		expect(older.messages.map((message) => message.body)).toEqual(['message 2', 'message 3', 'message 4']);
		const oldest = await readConversation(ctx, { conversationId, limit: 3, before: older.nextBefore! });
		expect(oldest.messages.map((message) => message.body)).toEqual(['message 1']);
		expect(oldest.nextBefore).toBeNull();
	});

	it('edits within 15 minutes with the history visible, and deletes for everyone', async () => {
		const { member, supporter, conversationId } = await accompanied();
		const clock = fixedClock();
		const sent = await say(member, conversationId, 'Je suis dispo mardi', randomUUID(), clock);
		const asMember = contextFor(db(), member, { clock });
		await expect(
			editMessage(contextFor(db(), supporter, { clock }), {
				conversationId,
				messageId: sent.id,
				body: 'Piraté'
			})
		).rejects.toMatchObject({ code: 'CONFLICT' });
		clock.advance(5 * 60_000);
		await editMessage(asMember, { conversationId, messageId: sent.id, body: 'Je suis dispo mercredi' });
		const [seen] = (await readConversation(contextFor(db(), supporter, { clock }), { conversationId }))
			.messages;
		expect(seen).toMatchObject({
			body: 'Je suis dispo mercredi',
			history: [{ body: 'Je suis dispo mardi' }]
		});
		clock.advance(11 * 60_000);
		await expect(
			editMessage(asMember, { conversationId, messageId: sent.id, body: 'Trop tard' })
		).rejects.toMatchObject({ code: 'CONFLICT' });

		await deleteMessage(asMember, { conversationId, messageId: sent.id });
		const [deleted] = (await readConversation(contextFor(db(), supporter, { clock }), { conversationId }))
			.messages;
		expect(deleted).toMatchObject({ deleted: true, body: null, history: [] });
		const [row] = await db().select().from(messages).where(eq(messages.id, sent.id));
		expect(row!.body).toBeNull();
	});

	it('keeps the conversation readable but closed once the accompaniment ends', async () => {
		const { member, supporter, accompanimentId, conversationId } = await accompanied();
		await say(member, conversationId, 'Merci pour tout');
		await endAccompaniment(contextFor(db(), supporter), { accompanimentId });
		await expect(say(member, conversationId, 'Encore un mot')).rejects.toMatchObject({ code: 'CONFLICT' });
		const read = await readConversation(contextFor(db(), supporter), { conversationId });
		expect(read.conversation.writable).toBe(false);
		expect(read.messages.map((message) => message.body)).toEqual(['Merci pour tout']);
	});

	it('makes new messages disappear after the chosen retention; the job really deletes them', async () => {
		const { member, supporter, conversationId } = await accompanied();
		const clock = fixedClock();
		await say(member, conversationId, 'gardé');
		await setRetention(contextFor(db(), supporter), { conversationId, retention: '24h' });
		await say(member, conversationId, 'éphémère', randomUUID(), clock);
		clock.advance(24 * 60 * 60_000 + 1000);
		const later = contextFor(db(), member, { clock });
		expect(
			(await readConversation(later, { conversationId })).messages.map((message) => message.body)
		).toEqual(['gardé']);
		expect(await purgeExpiredMessages(db(), clock.now())).toBeGreaterThanOrEqual(1);
		const left = await db().select().from(messages).where(eq(messages.conversationId, conversationId));
		expect(left.map((row) => row.body)).toEqual(['gardé']);
	});

	it('leaves a muted conversation out of the unread badge', async () => {
		const { member, supporter, conversationId } = await accompanied();
		await say(member, conversationId, 'Bonsoir');
		await setMuted(contextFor(db(), supporter), { conversationId, muted: 'on' });
		expect(await unreadMessageCount(contextFor(db(), supporter))).toBe(0);
	});

	it('exports a person’s messages, and on erasure keeps them for the other side as "membre supprimé"', async () => {
		const { member, supporter, conversationId } = await accompanied();
		await say(member, conversationId, 'Mes mots');
		const exported = (await exportPersonalData(contextFor(db(), member))) as unknown as {
			conversations: { messages: Array<{ body: string }> };
		};
		expect(exported.conversations.messages.map((message) => message.body)).toEqual(['Mes mots']);
		await deleteAccount(contextFor(db(), member), { password: 'correct horse battery' });
		const read = await readConversation(contextFor(db(), supporter), { conversationId });
		expect(read.messages).toEqual([expect.objectContaining({ body: 'Mes mots', author: null })]);
		expect(read.participants.map((person) => person.pseudonym)).toEqual([supporter.pseudonym]);
		expect(read.conversation.writable).toBe(false);
	});

	it('opens a direct conversation only with a member of a shared organisation who accepts it, once', async () => {
		const { members } = await buildOrganisation(db(), { members: ['member', 'member'] });
		const [writer, recipient] = members as unknown as [Actor, Actor];
		const stranger = await buildAccount(db());
		const asWriter = contextFor(db(), writer);
		// Nobody accepts direct messages unless they chose to.
		expect(await canWriteDirectly(asWriter, { accountId: recipient.accountId })).toBe(false);
		await expect(startDirectConversation(asWriter, { accountId: recipient.accountId })).rejects.toMatchObject(
			{
				code: 'FORBIDDEN'
			}
		);
		await setDirectMessages(contextFor(db(), recipient), { audience: 'my_organisations' });
		expect(await canWriteDirectly(asWriter, { accountId: recipient.accountId })).toBe(true);
		const first = await startDirectConversation(asWriter, { accountId: recipient.accountId });
		const again = await startDirectConversation(asWriter, { accountId: recipient.accountId });
		expect(again).toEqual({ conversationId: first.conversationId, created: false });
		await expect(
			startDirectConversation(contextFor(db(), stranger), { accountId: recipient.accountId })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(startDirectConversation(asWriter, { accountId: writer.accountId })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});

		await say(writer, first.conversationId, 'Salut, on se voit au GEM mardi ?');
		// Blocking closes the conversation both ways, and no new one can be opened.
		await blockPerson(contextFor(db(), recipient), { accountId: writer.accountId });
		await expect(say(writer, first.conversationId, 'Tu es là ?')).rejects.toMatchObject({ code: 'CONFLICT' });
		const read = await readConversation(contextFor(db(), recipient), {
			conversationId: first.conversationId
		});
		expect(read.conversation.writable).toBe(false);
		await expect(startDirectConversation(asWriter, { accountId: recipient.accountId })).rejects.toMatchObject(
			{
				code: 'FORBIDDEN'
			}
		);
	});
});

/** Two members of one organisation who write to each other directly; its coordinator. */
async function writingDirectly() {
	const { organisation, coordinator, members } = await buildOrganisation(db(), {
		members: ['member', 'member']
	});
	const [writer, recipient] = members as unknown as [
		Actor & { membershipId: string },
		Actor & { membershipId: string }
	];
	await setDirectMessages(contextFor(db(), recipient), { audience: 'my_organisations' });
	const { conversationId } = await startDirectConversation(contextFor(db(), writer), {
		accountId: recipient.accountId
	});
	await say(writer, conversationId, 'Salut, on se voit au GEM mardi ?');
	return { organisation, coordinator, writer, recipient, conversationId };
}

const rejoin = (organisationId: string, accountId: string) =>
	db().insert(memberships).values({
		organisationId,
		accountId,
		role: 'member',
		status: 'active',
		charterVersionAccepted: 1,
		charterAcceptedAt: new Date()
	});

describe('a direct conversation once the two share no organisation', () => {
	it('stays readable but closes for writing for both, tells the streams, and opens again when they share one again', async () => {
		const s = await writingDirectly();
		const removal = contextFor(db(), s.coordinator);
		await manageMembership(removal, {
			slug: s.organisation.slug,
			membershipId: s.writer.membershipId,
			decision: 'remove'
		});
		expect(removal.events.events).toContainEqual({
			type: 'conversation.changed',
			conversationId: s.conversationId
		});
		for (const person of [s.writer, s.recipient]) {
			await expect(say(person, s.conversationId, 'Tu es là ?')).rejects.toMatchObject({
				code: 'CONFLICT',
				messageKey: 'error.conversationClosed'
			});
			const read = await readConversation(contextFor(db(), person), { conversationId: s.conversationId });
			expect(read.conversation.writable).toBe(false);
			expect(read.messages.map((message) => message.body)).toEqual(['Salut, on se voit au GEM mardi ?']);
		}

		await rejoin(s.organisation.id, s.writer.accountId);
		await expect(say(s.recipient, s.conversationId, 'Re-bonjour !')).resolves.toBeDefined();
		const read = await readConversation(contextFor(db(), s.writer), { conversationId: s.conversationId });
		expect(read.conversation.writable).toBe(true);
	});

	it('stays open while they still share another organisation', async () => {
		const s = await writingDirectly();
		const other = await buildOrganisation(db());
		await rejoin(other.organisation.id, s.writer.accountId);
		await rejoin(other.organisation.id, s.recipient.accountId);
		const removal = contextFor(db(), s.coordinator);
		await manageMembership(removal, {
			slug: s.organisation.slug,
			membershipId: s.writer.membershipId,
			decision: 'remove'
		});
		expect(removal.events.events.map((event) => event.type)).not.toContain('conversation.changed');
		await expect(say(s.writer, s.conversationId, 'Toujours là')).resolves.toBeDefined();
	});
});
