import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { profileExperiences } from '../../db/schema';
import { contextFor, openGroupOfThree, PASSWORD } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { deleteMessage } from '../conversations/delete-message';
import { sendMessage } from '../conversations/send-message';
import { deleteAccount } from './delete-account';
import { readableCopyOfMyData } from './readable-copy';

const db = useTestDatabase();

describe('readableCopyOfMyData', () => {
	it('names experiences in the person’s language and holds both sides of their conversations', async () => {
		const { conversationId, coordinator, first, second } = await openGroupOfThree(db(), 'Groupe copie');
		await db().insert(profileExperiences).values({
			accountId: first.accountId,
			experienceId: 'troubles-psychiques/entente-de-voix',
			detail: 'Depuis 2019'
		});
		const say = (actor: typeof first, body: string) =>
			sendMessage(contextFor(db(), actor), { conversationId, messageId: randomUUID(), body });
		await say(first, 'Bonjour à vous deux.');
		await say(coordinator, 'Bienvenue dans le groupe.');
		const gone = await say(first, 'Un message que je retire.');
		await deleteMessage(contextFor(db(), first), { conversationId, messageId: gone.id });
		await say(second, 'Merci, à jeudi.');
		await deleteAccount(contextFor(db(), second), { password: PASSWORD });

		const copy = await readableCopyOfMyData(contextFor(db(), first), { locale: 'fr' });
		expect(copy.account?.pseudonym).toBe(first.pseudonym);
		expect(copy.experiences).toEqual([
			expect.objectContaining({ label: 'Entente de voix', detail: 'Depuis 2019' })
		]);
		expect(copy.conversations).toHaveLength(1);
		const [conversation] = copy.conversations;
		expect(conversation!.title).toBe('Groupe copie');
		expect(conversation!.messages.map((message) => [message.author, message.body, message.deleted])).toEqual([
			['me', 'Bonjour à vous deux.', false],
			[{ pseudonym: coordinator.pseudonym }, 'Bienvenue dans le groupe.', false],
			['me', null, true],
			// The erased person's words stay, under no name ("membre supprimé").
			[null, 'Merci, à jeudi.', false]
		]);

		const english = await readableCopyOfMyData(contextFor(db(), first), { locale: 'en' });
		expect(english.experiences[0]!.label).toBe('Hearing voices');
	});

	it('shows nothing of conversations the person does not take part in', async () => {
		const group = await openGroupOfThree(db());
		await sendMessage(contextFor(db(), group.first), {
			conversationId: group.conversationId,
			messageId: randomUUID(),
			body: 'Entre nous.'
		});
		const other = await openGroupOfThree(db());
		const copy = await readableCopyOfMyData(contextFor(db(), other.first), { locale: 'fr' });
		expect(JSON.stringify(copy)).not.toContain('Entre nous.');
	});

	it('requires a signed-in person', async () => {
		await expect(readableCopyOfMyData(contextFor(db(), null), { locale: 'fr' })).rejects.toMatchObject({
			code: 'UNAUTHENTICATED'
		});
	});
});
