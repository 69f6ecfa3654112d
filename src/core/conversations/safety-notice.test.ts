import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	buildOrganisation,
	contextFor,
	fixedClock,
	openAccompaniment
} from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { conversationParticipants, conversations, messages, reports } from '../../db/schema';

import type { Actor } from '../shared';
import { startDirectConversation } from './direct-conversation';
import { editMessage } from './edit-message';
import { messagesAfter } from './messages-after';
import { readConversation } from './read-conversation';
import { sendMessage } from './send-message';
import { setDirectMessages } from './set-direct-messages';

const db = useTestDatabase();
const PHONE = 'Appelle-moi au 06 12 34 56 78 ce soir';

/** A member and a supporter of one organisation, whose accompaniment (and its conversation) is open. */
async function accompanied() {
	const { organisation, members } = await buildOrganisation(db(), { members: ['member', 'peer_supporter'] });
	const [member, supporter] = members as unknown as [Actor, Actor];
	const { conversationId } = await openAccompaniment(db(), member, supporter);
	return { organisation, member, supporter, conversationId };
}

/** A direct conversation opened by `writer` (a member of the same organisation as `recipient`). */
async function direct(writerRole: 'member' | 'peer_supporter') {
	const { organisation, members } = await buildOrganisation(db(), { members: [writerRole, 'member'] });
	const [writer, recipient] = members as unknown as [Actor, Actor];
	await setDirectMessages(contextFor(db(), recipient), { audience: 'my_organisations' });
	const { conversationId } = await startDirectConversation(contextFor(db(), writer), {
		accountId: recipient.accountId
	});
	return { organisation, writer, recipient, conversationId };
}

async function send(actor: Actor, conversationId: string, body: string, clock = fixedClock()) {
	const ctx = contextFor(db(), actor, { clock });
	const sent = await sendMessage(ctx, { conversationId, messageId: randomUUID(), body });
	return { ...sent, events: ctx.events.events };
}

const systemReportsAbout = (accountId: string) =>
	db()
		.select()
		.from(reports)
		.where(and(eq(reports.subjectAccountId, accountId), eq(reports.source, 'system')));

describe('safety notices in 1:1 conversations', () => {
	it('stores the notice and shows it to both participants, through a page and the event stream', async () => {
		const { member, supporter, conversationId } = await accompanied();
		const phone = await send(member, conversationId, PHONE);
		const money = await send(member, conversationId, 'Tu peux me prêter 50 € ?');
		const plain = await send(member, conversationId, 'Le 3114 répond jour et nuit, à 18h30 aussi.');
		for (const reader of [member, supporter]) {
			const page = await readConversation(contextFor(db(), reader), { conversationId });
			expect(page.messages.map((message) => [message.seq, message.safetyNotice])).toEqual([
				[phone.seq, 'off_platform'],
				[money.seq, 'money'],
				[plain.seq, null]
			]);
		}
		const streamed = await messagesAfter(contextFor(db(), supporter), { conversationId, after: 0 });
		expect(streamed.map((message) => message.safetyNotice)).toEqual(['off_platform', 'money', null]);
	});

	it('stores it in a direct conversation, and never in a conversation of another kind', async () => {
		const { writer, conversationId } = await direct('member');
		await send(writer, conversationId, 'ajoute-moi sur insta');
		const [group] = await db()
			.insert(conversations)
			.values({ kind: 'group', title: 'Groupe du jeudi' })
			.returning({ id: conversations.id });
		await db()
			.insert(conversationParticipants)
			.values({ conversationId: group!.id, accountId: writer.accountId });
		await send(writer, group!.id, 'ajoute-moi sur insta');
		const stored = await db()
			.select({ conversationId: messages.conversationId, safetyNotice: messages.safetyNotice })
			.from(messages)
			.where(eq(messages.authorId, writer.accountId));
		expect(stored).toEqual(
			expect.arrayContaining([
				{ conversationId, safetyNotice: 'off_platform' },
				{ conversationId: group!.id, safetyNotice: null }
			])
		);
	});

	it('adds the notice when an edit brings contact details in, and keeps it when they are edited out', async () => {
		const { member, conversationId } = await accompanied();
		const clock = fixedClock();
		const sent = await send(member, conversationId, 'Bonsoir', clock);
		const [before] = await db().select().from(messages).where(eq(messages.seq, sent.seq));
		expect(before!.safetyNotice).toBeNull();
		const ctx = contextFor(db(), member, { clock });
		await editMessage(ctx, { conversationId, messageId: sent.id, body: 'Bonsoir, mon mail : lou@free.fr' });
		await editMessage(ctx, { conversationId, messageId: sent.id, body: 'Bonsoir' });
		const [after] = await db().select().from(messages).where(eq(messages.seq, sent.seq));
		expect(after!.safetyNotice).toBe('off_platform');
	});
});

describe('repeated attempts by a supporter', () => {
	it('files one system report on the third flagged message of a kind within seven days', async () => {
		const { organisation, supporter, conversationId } = await accompanied();
		const first = await send(supporter, conversationId, PHONE);
		await send(supporter, conversationId, 'ajoute-moi sur snap');
		expect(await systemReportsAbout(supporter.accountId)).toEqual([]);
		const third = await send(supporter, conversationId, 'mon mail : sacha@gmail.com');
		const fourth = await send(supporter, conversationId, 'tu as whatsapp ?');
		const filed = await systemReportsAbout(supporter.accountId);
		expect(filed).toHaveLength(1);
		expect(filed[0]).toMatchObject({
			reporterId: null,
			source: 'system',
			subjectKind: 'message',
			subjectId: third.id,
			subjectAccountId: supporter.accountId,
			reason: 'off_platform',
			status: 'open',
			organisationId: organisation.id,
			contentCopy: 'mon mail : sacha@gmail.com'
		});
		expect(third.events).toContainEqual({
			type: 'report.created',
			reportId: filed[0]!.id,
			organisationId: organisation.id
		});
		expect([...first.events, ...fourth.events].some((event) => event.type === 'report.created')).toBe(false);
	});

	it('counts each kind apart and reports money requests as scam_money', async () => {
		const { supporter, conversationId } = await accompanied();
		await send(supporter, conversationId, PHONE);
		await send(supporter, conversationId, 'prête-moi 20 €');
		await send(supporter, conversationId, 'ajoute-moi sur snap');
		await send(supporter, conversationId, 'fais-moi un virement');
		expect(await systemReportsAbout(supporter.accountId)).toEqual([]);
		await send(supporter, conversationId, 'tu as whatsapp ?');
		expect(await systemReportsAbout(supporter.accountId)).toMatchObject([{ reason: 'off_platform' }]);
		await send(supporter, conversationId, 'envoie-moi 50 € par paypal');
		const filed = await systemReportsAbout(supporter.accountId);
		expect(filed.map((report) => report.reason).sort()).toEqual(['off_platform', 'scam_money']);
	});

	it('files again once the earlier report is decided, and forgets attempts older than seven days', async () => {
		const { supporter, conversationId } = await accompanied();
		const clock = fixedClock();
		await send(supporter, conversationId, PHONE, clock);
		await send(supporter, conversationId, PHONE, clock);
		clock.advance(8 * 24 * 60 * 60 * 1000);
		await send(supporter, conversationId, PHONE, clock);
		expect(await systemReportsAbout(supporter.accountId)).toEqual([]);
		await send(supporter, conversationId, PHONE, clock);
		await send(supporter, conversationId, PHONE, clock);
		expect(await systemReportsAbout(supporter.accountId)).toHaveLength(1);
		await db()
			.update(reports)
			.set({ status: 'decided' })
			.where(eq(reports.subjectAccountId, supporter.accountId));
		await send(supporter, conversationId, PHONE, clock);
		expect(await systemReportsAbout(supporter.accountId)).toHaveLength(2);
	});

	it('never reports the person who asked for support, however often they share details', async () => {
		const { member, conversationId } = await accompanied();
		for (let attempt = 0; attempt < 4; attempt++) await send(member, conversationId, PHONE);
		expect(await systemReportsAbout(member.accountId)).toEqual([]);
	});

	it('reports a peer supporter in a direct conversation, with the organisation both share', async () => {
		const { organisation, writer, conversationId } = await direct('peer_supporter');
		for (let attempt = 0; attempt < 3; attempt++) await send(writer, conversationId, 'tu as telegram ?');
		expect(await systemReportsAbout(writer.accountId)).toMatchObject([
			{ reason: 'off_platform', organisationId: organisation.id }
		]);
	});

	it('does not report an ordinary member in a direct conversation', async () => {
		const { writer, conversationId } = await direct('member');
		for (let attempt = 0; attempt < 3; attempt++) await send(writer, conversationId, 'tu as telegram ?');
		expect(await systemReportsAbout(writer.accountId)).toEqual([]);
	});

	it('files the report with the conversation’s own organisation when it has one', async () => {
		const { supporter, conversationId } = await accompanied();
		const { organisation: other } = await buildOrganisation(db());
		await db()
			.update(conversations)
			.set({ organisationId: other.id })
			.where(eq(conversations.id, conversationId));
		for (let attempt = 0; attempt < 3; attempt++)
			await send(supporter, conversationId, 'tu me dois 30 euros');
		expect(await systemReportsAbout(supporter.accountId)).toMatchObject([
			{ reason: 'scam_money', organisationId: other.id }
		]);
	});
});
