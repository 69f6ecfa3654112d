import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { contextFor, openGroupOfThree } from '../../../tests/support/factories';
import { knowledgeScene, writeContribution } from '../../../tests/support/knowledge';
import { say } from '../../../tests/support/peer-groups';
import {
	answerQuoteConsent,
	createDraftFromMessage,
	getContribution,
	getKnowledgePreferences,
	linkContributions,
	listQuoteRequests,
	myContributions,
	requestQuoteConsent,
	setKnowledgePreferences,
	unlinkContributions
} from '.';

const db = useTestDatabase();

describe('a draft from a conversation', () => {
	it('turns the participant’s own message into a draft only they see, once', async () => {
		const { conversationId, first, second } = await openGroupOfThree(db());
		const sent = await say(db(), first, conversationId, 'Le carnet de bord m’a aidé à tenir. Je note tout.');
		const ctx = contextFor(db(), first);
		const draft = await createDraftFromMessage(ctx, { messageId: sent.id });
		expect(await createDraftFromMessage(ctx, { messageId: sent.id })).toEqual({
			id: draft.id,
			created: false
		});
		const shown = await getContribution(ctx, { contributionId: draft.id });
		expect(shown).toMatchObject({
			status: 'draft',
			title: 'Le carnet de bord m’a aidé à tenir.',
			audience: 'organisation'
		});
		expect(shown.body).toBe('Le carnet de bord m’a aidé à tenir. Je note tout.');
		await expect(
			getContribution(contextFor(db(), second), { contributionId: draft.id })
		).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		expect((await myContributions(ctx)).map((row) => row.status)).toEqual(['draft']);
	});

	it('refuses someone else’s words until that person consents, and strangers never know the message', async () => {
		const { conversationId, first, second } = await openGroupOfThree(db());
		const sent = await say(db(), first, conversationId, 'Ce qui m’a aidé, c’est de marcher le matin.');
		const asker = contextFor(db(), second);
		await expect(createDraftFromMessage(asker, { messageId: sent.id })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		const { outsider } = await knowledgeScene(db());
		await expect(
			createDraftFromMessage(contextFor(db(), outsider), { messageId: sent.id })
		).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(requestQuoteConsent(contextFor(db(), first), { messageId: sent.id })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		const [asked, again] = await Promise.all([
			requestQuoteConsent(asker, { messageId: sent.id }),
			requestQuoteConsent(asker, { messageId: sent.id })
		]);
		expect(again.id).toBe(asked.id);
		const requests = await listQuoteRequests(contextFor(db(), first));
		expect(requests).toMatchObject([
			{
				id: asked.id,
				status: 'pending',
				requester: second.pseudonym,
				excerpt: 'Ce qui m’a aidé, c’est de marcher le matin.'
			}
		]);
		await expect(answerQuoteConsent(asker, { consentId: asked.id, decision: 'grant' })).rejects.toMatchObject(
			{
				code: 'NOT_FOUND'
			}
		);
		await answerQuoteConsent(contextFor(db(), first), { consentId: asked.id, decision: 'refuse' });
		await expect(createDraftFromMessage(asker, { messageId: sent.id })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await answerQuoteConsent(contextFor(db(), first), { consentId: asked.id, decision: 'grant' });
		const draft = await createDraftFromMessage(asker, { messageId: sent.id });
		expect((await getContribution(asker, { contributionId: draft.id })).mine).toBe(true);
	});
});

describe('links and hidden topics', () => {
	it('links only to what the author can read, never to itself, and shows links only to readers of both ends', async () => {
		const s = await knowledgeScene(db());
		const organisationOnly = await writeContribution(db(), s.author, { organisationId: s.organisation.id });
		const forMembers = await writeContribution(db(), s.author, { audience: 'members', organisationId: null });
		const elsewhere = await writeContribution(db(), s.outsider, {
			audience: 'members',
			organisationId: null
		});
		const ctx = contextFor(db(), s.author);
		await expect(
			linkContributions(ctx, { fromId: forMembers.id, toId: forMembers.id, kind: 'see_also' })
		).rejects.toMatchObject({
			code: 'INVALID'
		});
		await expect(
			linkContributions(contextFor(db(), s.outsider), {
				fromId: elsewhere.id,
				toId: organisationOnly.id,
				kind: 'see_also'
			})
		).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'toId', message: 'validation.contribution.linkTarget' }]
		});
		await expect(
			linkContributions(contextFor(db(), s.reader), {
				fromId: forMembers.id,
				toId: elsewhere.id,
				kind: 'see_also'
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await linkContributions(ctx, { fromId: forMembers.id, toId: organisationOnly.id, kind: 'builds_on' });
		await linkContributions(ctx, { fromId: forMembers.id, toId: elsewhere.id, kind: 'contradicts' });
		const byReader = await getContribution(contextFor(db(), s.reader), { contributionId: forMembers.id });
		expect(byReader.links.outgoing.map((link) => link.kind).sort()).toEqual(['builds_on', 'contradicts']);
		const byOutsider = await getContribution(contextFor(db(), s.outsider), { contributionId: forMembers.id });
		expect(byOutsider.links.outgoing).toEqual([
			{ id: elsewhere.id, title: expect.any(String), kind: 'contradicts' }
		]);
		const target = await getContribution(contextFor(db(), s.outsider), { contributionId: elsewhere.id });
		expect(target.links.incoming).toEqual([
			{ id: forMembers.id, title: expect.any(String), kind: 'contradicts' }
		]);
		await unlinkContributions(ctx, { fromId: forMembers.id, toId: elsewhere.id });
		await expect(
			unlinkContributions(ctx, { fromId: forMembers.id, toId: elsewhere.id })
		).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('tells a reader which of a contribution’s warnings they chose to hide', async () => {
		const s = await knowledgeScene(db());
		const { id } = await writeContribution(db(), s.author, {
			organisationId: s.organisation.id,
			contentWarnings: ['suicide', 'drugs']
		});
		const ctx = contextFor(db(), s.reader);
		expect((await getContribution(ctx, { contributionId: id })).hiddenByPreference).toEqual([]);
		await setKnowledgePreferences(ctx, { hiddenTopics: ['suicide', 'violence'] });
		expect(await getKnowledgePreferences(ctx)).toEqual({ hiddenTopics: ['suicide', 'violence'] });
		expect((await getContribution(ctx, { contributionId: id })).hiddenByPreference).toEqual(['suicide']);
		await expect(setKnowledgePreferences(ctx, { hiddenTopics: ['tout'] as never })).rejects.toMatchObject({
			code: 'INVALID'
		});
	});
});
