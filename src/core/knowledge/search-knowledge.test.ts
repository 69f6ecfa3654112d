import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contributionConfirmations, knowledgePreferences, memberships } from '../../db/schema';
import { recountWorked } from './confirmation-counts';
import { useTestDatabase } from '../../../tests/support/database';
import {
	buildAccount,
	buildOrganisation,
	contextFor,
	uniquePseudonym
} from '../../../tests/support/factories';
import { insertConfirmations, insertContribution } from '../../../tests/support/knowledge-search';
import type { Actor } from '../shared';
import { searchKnowledge, type SearchKnowledgeInput } from './search-knowledge';

const db = useTestDatabase();
const VOICES = 'troubles-psychiques/entente-de-voix';

/** A word found in no other test's contributions (letters only: the search splits on anything else). */
const uniqueWord = () => uniquePseudonym('mot').replace('-', '').toLowerCase();

const titles = async (actor: Actor | null, input: SearchKnowledgeInput) =>
	(await searchKnowledge(contextFor(db(), actor), input)).results.map((result) => result.title);

describe('searchKnowledge', () => {
	it('finds "entente de voix" from a synonym with a typo, and a word with a typo', async () => {
		const author = await buildAccount(db());
		const tag = uniqueWord();
		await insertContribution(db(), {
			authorId: author.accountId,
			title: `Apprivoiser l’entente de voix la nuit ${tag}`,
			body: 'Noter ce que disent les voix, puis en parler au groupe le lendemain.'
		});
		await insertContribution(db(), {
			authorId: author.accountId,
			title: `Quand les voix reviennent ${tag}`,
			body: 'Un carnet pour les jours difficiles.',
			experienceIds: [VOICES]
		});
		await insertContribution(db(), {
			authorId: author.accountId,
			title: `Sortir de l’hôpital sans se perdre ${tag}`,
			body: 'Préparer la sortie avec l’équipe.'
		});
		const reader = await buildAccount(db());
		const bySynonym = await searchKnowledge(contextFor(db(), reader), { q: `entendeur de voie ${tag}` });
		expect(bySynonym.results.map((result) => result.title).sort()).toEqual([
			`Apprivoiser l’entente de voix la nuit ${tag}`,
			`Quand les voix reviennent ${tag}`
		]);
		expect(bySynonym.experienceIds).toEqual([VOICES]);
		expect(bySynonym.corrections.map((correction) => correction.from)).toEqual(['voie']);
		expect(await titles(reader, { q: `hopitall ${tag}` })).toEqual([
			`Sortir de l’hôpital sans se perdre ${tag}`
		]);
	});

	it('never fails on SQL or tsquery syntax, nor on 1,000 characters', async () => {
		const reader = await buildAccount(db());
		const inputs = [
			'voix & | ! :* <-> ( ) \' " \\',
			"'; drop table contributions; --",
			'\\\\\\',
			"a:*B & !'c'",
			'&&&|||!!!',
			'x'.repeat(5_000),
			'entente de voix '.repeat(70),
			'\u00a0\u2028😀 ∞'
		];
		for (const q of inputs) {
			await expect(searchKnowledge(contextFor(db(), null), { q })).resolves.toBeDefined();
			await expect(searchKnowledge(contextFor(db(), reader), { q })).resolves.toBeDefined();
		}
	});

	it('shows each reader only what they may read: an organisation’s contribution to nobody outside it', async () => {
		const { organisation, members } = await buildOrganisation(db(), {
			members: ['member', 'professional', 'member']
		});
		const [author, professional, colleague] = members;
		const outsider = await buildAccount(db());
		const tag = uniqueWord();
		const write = (title: string, more: Partial<Parameters<typeof insertContribution>[1]> = {}) =>
			insertContribution(db(), {
				authorId: author!.accountId,
				organisationId: organisation.id,
				title: `${title} ${tag}`,
				...more
			});
		await write('Pour l’organisation', { audience: 'organisation' });
		await write('Pour les membres', { audience: 'members' });
		await write('Pour le web', { audience: 'public' });
		await write('Brouillon', { audience: 'public', status: 'draft' });
		await write('Masqué', { audience: 'public', hidden: true });
		const sorted = async (actor: Actor | null) => (await titles(actor, { q: tag })).sort();
		const expected = (...found: string[]) => found.map((title) => `${title} ${tag}`).sort();
		expect(await sorted(null)).toEqual(expected('Pour le web'));
		expect(await sorted(outsider)).toEqual(expected('Pour le web', 'Pour les membres'));
		expect(await sorted(professional!)).toEqual(expected('Pour le web', 'Pour les membres'));
		expect(await sorted(colleague!)).toEqual(
			expected('Pour l’organisation', 'Pour le web', 'Pour les membres')
		);
		expect(await sorted(author!)).toHaveLength(3);
		// Browsing without words follows the same rule.
		const browsed = await titles(outsider, {});
		expect(browsed.filter((title) => title.endsWith(tag))).toHaveLength(2);
		// A member who left the organisation no longer reads it.
		await db().delete(memberships).where(eq(memberships.id, colleague!.membershipId));
		expect(await sorted(colleague!)).toEqual(expected('Pour le web', 'Pour les membres'));
	});

	it('leaves out what carries a topic the reader chose to hide', async () => {
		const author = await buildAccount(db());
		const reader = await buildAccount(db());
		const tag = uniqueWord();
		await insertContribution(db(), {
			authorId: author.accountId,
			title: `Après une crise ${tag}`,
			contentWarnings: ['suicide']
		});
		await insertContribution(db(), { authorId: author.accountId, title: `Après un rendez-vous ${tag}` });
		expect(await titles(reader, { q: tag })).toHaveLength(2);
		await db()
			.insert(knowledgePreferences)
			.values({ accountId: reader.accountId, hiddenTopics: ['suicide'] });
		expect(await titles(reader, { q: tag })).toEqual([`Après un rendez-vous ${tag}`]);
	});

	it('filters by experience (children included), form, easy-read, language and confirmations', async () => {
		const author = await buildAccount(db());
		const reader = await buildAccount(db());
		const tag = uniqueWord();
		const confirmed = await insertContribution(db(), {
			authorId: author.accountId,
			title: `Technique confirmée ${tag}`,
			form: 'technique',
			experienceIds: [VOICES],
			easyReadSummary: 'Un texte facile à lire.'
		});
		await insertConfirmations(db(), confirmed, 3);
		await insertContribution(db(), {
			authorId: author.accountId,
			title: `Parcours en anglais ${tag}`,
			form: 'lived_path',
			language: 'en'
		});
		expect(await titles(reader, { q: tag, experience: 'troubles-psychiques' })).toEqual([
			`Technique confirmée ${tag}`
		]);
		expect(await titles(reader, { q: tag, form: 'lived_path' })).toEqual([`Parcours en anglais ${tag}`]);
		expect(await titles(reader, { q: tag, easyRead: 'on' })).toEqual([`Technique confirmée ${tag}`]);
		expect(await titles(reader, { q: tag, language: 'en' })).toEqual([`Parcours en anglais ${tag}`]);
		expect(await titles(reader, { q: tag, minConfirmations: '3' as never })).toEqual([
			`Technique confirmée ${tag}`
		]);
		expect(await titles(reader, { q: tag, minConfirmations: 4 })).toEqual([]);
		// A confirmation still waiting its seven days raises the stored bound, not the count that counts.
		await db()
			.insert(contributionConfirmations)
			.values({
				contributionId: confirmed,
				accountId: null,
				kind: 'worked',
				countsFrom: new Date(Date.now() + 86_400_000)
			});
		await recountWorked(db(), confirmed);
		expect(await titles(reader, { q: tag, minConfirmations: 4 })).toEqual([]);
		expect(await titles(reader, { q: tag, minConfirmations: 3 })).toEqual([`Technique confirmée ${tag}`]);
		const [result] = (await searchKnowledge(contextFor(db(), reader), { q: tag, form: 'technique' })).results;
		expect(result!.tally).toEqual({ worked: 3, different: 0, did_not_work: 0 });
		await expect(searchKnowledge(contextFor(db(), reader), { form: 'poème' as never })).rejects.toMatchObject(
			{
				code: 'INVALID'
			}
		);
	});

	it('ranks a title match and confirmations first; browses the latest first; pages', async () => {
		const author = await buildAccount(db());
		const tag = uniqueWord();
		const inBody = await insertContribution(db(), {
			authorId: author.accountId,
			title: `Une habitude ${tag}`,
			body: 'Le matin, avant le traitement, sortir un peu dans le quartier et marcher.',
			createdAt: new Date('2026-01-02T00:00:00Z')
		});
		await insertContribution(db(), {
			authorId: author.accountId,
			title: `Marcher le matin ${tag}`,
			body: 'Un tour du quartier.',
			createdAt: new Date('2026-01-01T00:00:00Z')
		});
		expect(await titles(null, { q: `marcher ${tag}` })).toEqual([]);
		const reader = await buildAccount(db());
		expect(await titles(reader, { q: `marcher ${tag}` })).toEqual([
			`Marcher le matin ${tag}`,
			`Une habitude ${tag}`
		]);
		await insertConfirmations(db(), inBody, 30);
		expect((await titles(reader, { q: `marcher ${tag}` }))[0]).toBe(`Une habitude ${tag}`);
		for (let index = 0; index < 21; index += 1)
			await insertContribution(db(), { authorId: author.accountId, title: `Page ${index} ${tag}` });
		const first = await searchKnowledge(contextFor(db(), reader), { q: tag });
		const second = await searchKnowledge(contextFor(db(), reader), { q: tag, page: 2 });
		expect([first.results.length, first.hasMore, second.results.length, second.hasMore]).toEqual([
			20,
			true,
			3,
			false
		]);
		const browsed = await titles(reader, {});
		expect(browsed[0]).toBe(`Page 20 ${tag}`);
	});
});
