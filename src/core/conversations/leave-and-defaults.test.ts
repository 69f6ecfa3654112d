import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, contextFor, openAccompaniment } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { conversations } from '../../db/schema';

import { setDefaultRetention } from '../organisations';
import type { Actor } from '../shared';
import { startDirectConversation } from './direct-conversation';
import { leaveConversation } from './leave-conversation';
import { myConversations } from './my-conversations';
import { readConversation } from './read-conversation';
import { setDirectMessages } from './set-direct-messages';

const db = useTestDatabase();

/** An organisation with an active coordinator first, then members of the given roles. */
async function organisationWith(...roles: Array<'coordinator' | 'peer_supporter' | 'member'>) {
	const built = await buildOrganisation(db(), { members: roles });
	return { ...built, members: built.members as unknown as Actor[] };
}

describe('direct conversations and organisation defaults', () => {
	it('take the shared organisation and its default retention', async () => {
		const { organisation, members } = await organisationWith('coordinator', 'member', 'member');
		const [coordinator, writer, recipient] = members as [Actor, Actor, Actor];
		await setDefaultRetention(contextFor(db(), coordinator), { slug: organisation.slug, retention: '30d' });
		await setDirectMessages(contextFor(db(), recipient), { audience: 'my_organisations' });
		const { conversationId } = await startDirectConversation(contextFor(db(), writer), {
			accountId: recipient.accountId
		});
		const read = await readConversation(contextFor(db(), recipient), { conversationId });
		expect(read.conversation).toMatchObject({ retention: '30d', organisationId: organisation.id });
	});

	it('leaving removes it for the leaver, closes it for the other, and writing again starts afresh', async () => {
		const { members } = await organisationWith('member', 'member');
		const [writer, recipient] = members as [Actor, Actor];
		await setDirectMessages(contextFor(db(), recipient), { audience: 'my_organisations' });
		const { conversationId } = await startDirectConversation(contextFor(db(), writer), {
			accountId: recipient.accountId
		});
		await leaveConversation(contextFor(db(), recipient), { conversationId });

		expect(await myConversations(contextFor(db(), recipient))).toEqual([]);
		await expect(readConversation(contextFor(db(), recipient), { conversationId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const left = await readConversation(contextFor(db(), writer), { conversationId });
		expect(left.conversation).toMatchObject({ writable: false, canLeave: true });
		expect(left.participants).toHaveLength(1);

		const again = await startDirectConversation(contextFor(db(), writer), { accountId: recipient.accountId });
		expect(again).toMatchObject({ created: true });
		expect(again.conversationId).not.toBe(conversationId);
		expect(
			(await readConversation(contextFor(db(), recipient), { conversationId: again.conversationId })).messages
		).toEqual([]);
	});
});

describe('accompaniment conversations and organisation defaults', () => {
	it('belong to the organisation where the supporter supports, take its default, and cannot be left', async () => {
		const { organisation, members } = await organisationWith('coordinator', 'member', 'peer_supporter');
		const [coordinator, member, supporter] = members as [Actor, Actor, Actor];
		await setDefaultRetention(contextFor(db(), coordinator), { slug: organisation.slug, retention: '24h' });
		const { conversationId } = await openAccompaniment(db(), member, supporter);
		const [conversation] = await db()
			.select()
			.from(conversations)
			.where(eq(conversations.id, conversationId));
		expect(conversation).toMatchObject({ organisationId: organisation.id, retention: '24h' });
		await expect(
			leaveConversation(contextFor(db(), member), { conversationId: conversation!.id })
		).rejects.toMatchObject({ code: 'FORBIDDEN', messageKey: 'error.conversation.leaveAccompaniment' });
		const read = await readConversation(contextFor(db(), member), { conversationId: conversation!.id });
		expect(read.conversation.canLeave).toBe(false);
	});
});
