import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { messages, notifications } from '../../db/schema';
import { useTestDatabase } from '../../../tests/support/database';
import { contextFor, openGroupOfThree } from '../../../tests/support/factories';
import { notificationsOf, say } from '../../../tests/support/peer-groups';
import { blockPerson } from '../matching';
import { listNotifications, markNotificationsRead } from '../notifications';
import { answerQuoteConsent, requestQuoteConsent } from '.';

const db = useTestDatabase();
const WORDS = 'Marcher le matin avant le travail m’a sauvé la mise.';

async function scene() {
	const group = await openGroupOfThree(db());
	const sent = await say(db(), group.first, group.conversationId, WORDS);
	return { ...group, sent };
}

describe('notifications of a request to quote a message', () => {
	it('tells the author who asks, without the words, and sends them where they answer', async () => {
		const { first, second, sent } = await scene();
		const asker = contextFor(db(), second);
		const consent = await requestQuoteConsent(asker, { messageId: sent.id });
		expect(await notificationsOf(db(), first.accountId, 'knowledge.quote_requested')).toEqual([
			{ subjectId: consent.id }
		]);
		expect(asker.events.events).toContainEqual(
			expect.objectContaining({ type: 'notification.created', accountId: first.accountId })
		);
		const { notifications: shown } = await listNotifications(contextFor(db(), first));
		expect(shown).toMatchObject([
			{
				kind: 'knowledge.quote_requested',
				pseudonym: second.pseudonym,
				gone: false,
				read: false,
				outcome: null,
				title: null,
				href: '/compte/savoirs#quotes'
			}
		]);
		expect(JSON.stringify(shown)).not.toContain('Marcher');
	});

	it('tells the author once, however many requests for the same message arrive at the same time', async () => {
		const { first, second, coordinator, sent } = await scene();
		const asker = contextFor(db(), second);
		const answers = await Promise.all(
			Array.from({ length: 4 }, () => requestQuoteConsent(asker, { messageId: sent.id }))
		);
		expect(new Set(answers.map((answer) => answer.id)).size).toBe(1);
		expect(await notificationsOf(db(), first.accountId, 'knowledge.quote_requested')).toHaveLength(1);
		expect(asker.events.events.filter((event) => event.type === 'notification.created')).toHaveLength(1);
		// Two different people asking at the same time are two requests: the author hears of each.
		const other = contextFor(db(), coordinator);
		await Promise.all([
			requestQuoteConsent(other, { messageId: sent.id }),
			requestQuoteConsent(other, { messageId: sent.id }),
			requestQuoteConsent(asker, { messageId: sent.id })
		]);
		expect(await notificationsOf(db(), first.accountId, 'knowledge.quote_requested')).toHaveLength(2);
	});

	it('tells the requester the answer, and again, unread, when the author changes their mind', async () => {
		const { first, second, conversationId, sent } = await scene();
		const consent = await requestQuoteConsent(contextFor(db(), second), { messageId: sent.id });
		const author = contextFor(db(), first);
		await Promise.all([
			answerQuoteConsent(author, { consentId: consent.id, decision: 'grant' }),
			answerQuoteConsent(author, { consentId: consent.id, decision: 'grant' })
		]);
		expect(author.events.events.filter((event) => event.type === 'notification.created')).toHaveLength(1);
		const requester = contextFor(db(), second);
		const [message] = await db().select({ seq: messages.seq }).from(messages).where(eq(messages.id, sent.id));
		expect((await listNotifications(requester)).notifications).toMatchObject([
			{
				kind: 'knowledge.quote_answered',
				pseudonym: first.pseudonym,
				outcome: 'accepted',
				gone: false,
				href: `/conversations/${conversationId}#message-${message!.seq}`
			}
		]);
		await markNotificationsRead(requester, { all: true });
		await answerQuoteConsent(author, { consentId: consent.id, decision: 'refuse' });
		expect(await notificationsOf(db(), second.accountId, 'knowledge.quote_answered')).toHaveLength(1);
		expect((await listNotifications(requester)).notifications).toMatchObject([
			{ kind: 'knowledge.quote_answered', outcome: 'declined', read: false }
		]);
		expect(author.events.events.filter((event) => event.type === 'notification.created')).toHaveLength(2);
	});

	it('says nothing more once the message is deleted or hidden, and never its words', async () => {
		const { first, second, sent } = await scene();
		const consent = await requestQuoteConsent(contextFor(db(), second), { messageId: sent.id });
		await answerQuoteConsent(contextFor(db(), first), { consentId: consent.id, decision: 'grant' });
		await db().update(messages).set({ hiddenAt: new Date() }).where(eq(messages.id, sent.id));
		for (const person of [first, second]) {
			const [shown] = (await listNotifications(contextFor(db(), person))).notifications;
			expect(shown).toMatchObject({ gone: true, href: null, pseudonym: null, outcome: null });
		}
	});

	it('does not tell anyone across a block, either way', async () => {
		const { first, second, coordinator, sent } = await scene();
		await blockPerson(contextFor(db(), first), { accountId: second.accountId });
		const consent = await requestQuoteConsent(contextFor(db(), second), { messageId: sent.id });
		expect(consent.status).toBe('pending');
		expect(await notificationsOf(db(), first.accountId, 'knowledge.quote_requested')).toEqual([]);
		await answerQuoteConsent(contextFor(db(), first), { consentId: consent.id, decision: 'refuse' });
		expect(await notificationsOf(db(), second.accountId, 'knowledge.quote_answered')).toEqual([]);
		// The blocker asking the person they blocked is no different.
		await blockPerson(contextFor(db(), coordinator), { accountId: first.accountId });
		const fromBlocker = await requestQuoteConsent(contextFor(db(), coordinator), { messageId: sent.id });
		expect(fromBlocker.status).toBe('pending');
		const told = await db()
			.select({ id: notifications.id })
			.from(notifications)
			.where(and(eq(notifications.accountId, first.accountId), eq(notifications.subjectId, fromBlocker.id)));
		expect(told).toEqual([]);
	});
});
