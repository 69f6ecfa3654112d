import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import {
	buildOrganisation,
	contextFor,
	fixedClock,
	openAccompaniment,
	openGroupOfThree
} from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { conversationParticipants, conversations, messages } from '../../db/schema';
import type { Actor } from '../shared';
import { setDirectMessages } from './set-direct-messages';
import { startDirectConversation } from './direct-conversation';
import { sendMessage } from './send-message';
import { setPresenceVisibility } from './set-presence-visibility';
import { signalTyping } from './signal-typing';
import { SEND_RULE } from './policy';
import { TYPING_RULE } from './presence-policy';

const db = useTestDatabase();

/** Settles every call and tells what each one ended with: 'ok' or the error's code. */
const outcomes = (calls: Array<Promise<unknown>>) =>
	Promise.all(
		calls.map((call) =>
			call.then(
				() => 'ok',
				(error: { code?: string }) => error.code ?? String(error)
			)
		)
	);

const tally = (results: string[]) =>
	results.reduce<Record<string, number>>((counts, result) => {
		counts[result] = (counts[result] ?? 0) + 1;
		return counts;
	}, {});

async function accompanied() {
	const { members } = await buildOrganisation(db(), { members: ['member', 'peer_supporter'] });
	const [member, supporter] = members as unknown as [Actor, Actor];
	return { member, supporter, ...(await openAccompaniment(db(), member, supporter)) };
}

async function storedBy(authorId: string) {
	const [row] = await db().select({ value: count() }).from(messages).where(eq(messages.authorId, authorId));
	return row?.value ?? 0;
}

describe('limits under concurrency', () => {
	it('stores exactly 20 of 60 messages sent at once, and refuses the rest with a wait', async () => {
		const { member, conversationId } = await accompanied();
		const ctx = contextFor(db(), member, { clock: fixedClock(new Date()) });
		const sends = Array.from({ length: 60 }, (_, index) =>
			sendMessage(ctx, { conversationId, messageId: randomUUID(), body: `message ${index}` })
		);
		expect(tally(await outcomes(sends))).toEqual({ ok: SEND_RULE.capacity, RATE_LIMITED: 40 });
		expect(await storedBy(member.accountId)).toBe(SEND_RULE.capacity);
		await expect(
			sendMessage(ctx, { conversationId, messageId: randomUUID(), body: 'encore' })
		).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 3 });
	});

	it('answers retries of a stored message without spending the sender’s messages', async () => {
		const { member, conversationId } = await accompanied();
		const ctx = contextFor(db(), member, { clock: fixedClock(new Date()) });
		const messageId = randomUUID();
		await sendMessage(ctx, { conversationId, messageId, body: 'Bonjour' });
		const retries = await outcomes(
			Array.from({ length: 30 }, () => sendMessage(ctx, { conversationId, messageId, body: 'Bonjour' }))
		);
		expect(tally(retries)).toEqual({ ok: 30 });
		// The first message took one token; the 30 retries took none: 19 more fit.
		const more = await outcomes(
			Array.from({ length: 30 }, (_, index) =>
				sendMessage(ctx, { conversationId, messageId: randomUUID(), body: `suite ${index}` })
			)
		);
		expect(tally(more)).toEqual({ ok: SEND_RULE.capacity - 1, RATE_LIMITED: 31 - SEND_RULE.capacity });
		// Once the sender is out of tokens, a retry still gets its stored message back.
		await expect(sendMessage(ctx, { conversationId, messageId, body: 'Bonjour' })).resolves.toMatchObject({
			duplicate: true
		});
	});

	it('stores one message when the same one is sent 10 times at once, and spends one token', async () => {
		const { member, conversationId } = await accompanied();
		const ctx = contextFor(db(), member, { clock: fixedClock(new Date()) });
		const messageId = randomUUID();
		const sends = await outcomes(
			Array.from({ length: 10 }, () => sendMessage(ctx, { conversationId, messageId, body: 'Une fois' }))
		);
		expect(tally(sends)).toEqual({ ok: 10 });
		expect(await storedBy(member.accountId)).toBe(1);
		const more = await outcomes(
			Array.from({ length: SEND_RULE.capacity }, (_, index) =>
				sendMessage(ctx, { conversationId, messageId: randomUUID(), body: `suite ${index}` })
			)
		);
		expect(tally(more)).toEqual({ ok: SEND_RULE.capacity - 1, RATE_LIMITED: 1 });
	});

	it('holds the typing limit across processes: 60 signals at once from two processes pass 30 times', async () => {
		const { conversationId, first } = await openGroupOfThree(db(), 'Deux processus');
		await setPresenceVisibility(contextFor(db(), first), { conversationId, visible: true });
		const ctx = contextFor(db(), first, { clock: fixedClock(new Date()) });
		// A second process: the same code loaded again, with its own memory, on the same database.
		vi.resetModules();
		const elsewhere = (await import('./signal-typing')).signalTyping;
		const signals = Array.from({ length: 60 }, (_, index) =>
			(index % 2 ? elsewhere : signalTyping)(ctx, { conversationId })
		);
		expect(tally(await outcomes(signals))).toEqual({ ok: TYPING_RULE.capacity, RATE_LIMITED: 30 });
	});

	it('opens one direct conversation when 30 first messages to the same person start at once', async () => {
		const { members } = await buildOrganisation(db(), { members: ['member', 'member'] });
		const [writer, reader] = members as unknown as [Actor, Actor];
		await setDirectMessages(contextFor(db(), reader), { audience: 'my_organisations' });
		const ctx = contextFor(db(), writer);
		const opened = await Promise.all(
			Array.from({ length: 30 }, () => startDirectConversation(ctx, { accountId: reader.accountId }))
		);
		expect(new Set(opened.map((result) => result.conversationId)).size).toBe(1);
		expect(opened.filter((result) => result.created)).toHaveLength(1);
		const rows = await db()
			.select({ id: conversations.id })
			.from(conversations)
			.innerJoin(conversationParticipants, eq(conversationParticipants.conversationId, conversations.id))
			.where(and(eq(conversations.kind, 'direct'), eq(conversationParticipants.accountId, writer.accountId)));
		expect(rows).toHaveLength(1);
	});
});
