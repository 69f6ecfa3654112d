import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, contextFor, openAccompaniment, PASSWORD } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { deleteAccount } from '../my-data';
import { DomainError, type Actor } from '../shared';
import { myConversations, unreadMessageCount } from './my-conversations';
import { readAndRecord } from '../../../tests/support/views';
import { sendMessage } from './send-message';
import { setDirectMessages } from './set-direct-messages';
import { startDirectConversation } from './direct-conversation';

const db = useTestDatabase();

const say = (author: Actor, conversationId: string, body: string) =>
	sendMessage(contextFor(db(), author), { conversationId, messageId: randomUUID(), body });

describe('a conversation whose other person erased their account', () => {
	it('stays listed once, opens, reads, counts unread consistently, and is closed for writing', async () => {
		const { members } = await buildOrganisation(db(), { members: ['member', 'peer_supporter'] });
		const [member, supporter] = members as unknown as [Actor, Actor];
		const { conversationId } = await openAccompaniment(db(), member, supporter);
		await say(supporter, conversationId, 'Bonjour, je suis là quand vous voulez.');
		await say(member, conversationId, 'Merci pour tout.');
		await say(member, conversationId, 'Je préfère arrêter ici.');
		await deleteAccount(contextFor(db(), member), { password: PASSWORD });

		const asSupporter = contextFor(db(), supporter);
		const listed = (await myConversations(asSupporter)).filter((entry) => entry.id === conversationId);
		expect(listed).toHaveLength(1);
		expect(listed[0]).toMatchObject({
			kind: 'accompaniment',
			others: [],
			otherErased: true,
			open: false,
			unread: 2
		});
		expect(listed[0]!.createdAt).toBeInstanceOf(Date);
		// The header's badge and the list agree.
		expect(await unreadMessageCount(asSupporter)).toBe(2);

		const read = await readAndRecord(asSupporter, { conversationId });
		expect(read.conversation).toMatchObject({ writable: false, otherErased: true, accompanimentId: null });
		expect(read.messages.map((message) => [message.author?.pseudonym ?? null, message.body])).toEqual([
			[supporter.pseudonym, 'Bonjour, je suis là quand vous voulez.'],
			[null, 'Merci pour tout.'],
			[null, 'Je préfère arrêter ici.']
		]);
		expect(await unreadMessageCount(asSupporter)).toBe(0);
		expect((await myConversations(asSupporter)).find((entry) => entry.id === conversationId)?.unread).toBe(0);

		await expect(say(supporter, conversationId, 'Vous êtes là ?')).rejects.toSatisfy(
			(error) => error instanceof DomainError && error.code === 'CONFLICT'
		);
	});

	it('closes a direct conversation too, without calling it an accompaniment', async () => {
		const { members } = await buildOrganisation(db(), { members: ['member', 'member'] });
		const [writer, recipient] = members as unknown as [Actor, Actor];
		await setDirectMessages(contextFor(db(), recipient), { audience: 'my_organisations' });
		const { conversationId } = await startDirectConversation(contextFor(db(), writer), {
			accountId: recipient.accountId
		});
		await say(recipient, conversationId, 'À bientôt.');
		await deleteAccount(contextFor(db(), recipient), { password: PASSWORD });

		const [entry] = (await myConversations(contextFor(db(), writer))).filter(
			(row) => row.id === conversationId
		);
		expect(entry).toMatchObject({ kind: 'direct', others: [], otherErased: false, open: false, unread: 1 });
		const read = await readAndRecord(contextFor(db(), writer), { conversationId });
		expect(read.conversation.writable).toBe(false);
		expect(read.messages.map((message) => message.body)).toEqual(['À bientôt.']);
	});
});
