import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contributionConfirmations, contributions } from '../../db/schema';
import { selectRows } from '../../db/sql-helpers';
import { useTestDatabase } from '../../../tests/support/database';
import { buildAccount, contextFor, uniquePseudonym } from '../../../tests/support/factories';
import { insertConfirmations, insertContribution } from '../../../tests/support/knowledge-search';
import type { Actor } from '../shared';
import { recountWorked } from './confirmation-counts';
import { tagContribution } from './contribution-experiences';
import { searchKnowledge, type SearchKnowledgeInput } from './search-knowledge';

// The filters are answered by the matching index (the text's lexemes and `facet <token>` lexemes): these
// tests change a contribution after it was written and check the filters follow, on both databases.
const db = useTestDatabase();
const VOICES = 'troubles-psychiques/entente-de-voix';
const uniqueWord = () => uniquePseudonym('mot').replace('-', '').toLowerCase();
const titles = async (actor: Actor | null, input: SearchKnowledgeInput, now = new Date()) =>
	(await searchKnowledge(contextFor(db(), actor, { clock: { now: () => now } }), input)).results.map(
		(result) => result.title
	);
const change = (id: string, fields: Partial<typeof contributions.$inferInsert>) =>
	db().update(contributions).set(fields).where(eq(contributions.id, id));

describe('searchKnowledge filters, after a contribution changes', () => {
	it('follows its tags, form, language and easy-read summary', async () => {
		const author = await buildAccount(db());
		const reader = await buildAccount(db());
		const tag = uniqueWord();
		const id = await insertContribution(db(), { authorId: author.accountId, title: `Carnet ${tag}` });
		expect(await titles(reader, { q: tag, experience: 'troubles-psychiques' })).toEqual([]);
		await db().transaction((tx) => tagContribution(tx, id, [VOICES]));
		expect(await titles(reader, { q: tag, experience: 'troubles-psychiques' })).toEqual([`Carnet ${tag}`]);
		expect(await titles(reader, { q: tag, experience: VOICES })).toEqual([`Carnet ${tag}`]);
		await db().transaction((tx) => tagContribution(tx, id, []));
		expect(await titles(reader, { q: tag, experience: 'troubles-psychiques' })).toEqual([]);
		expect(await titles(reader, { q: tag, form: 'technique' })).toEqual([]);
		await change(id, { form: 'technique', language: 'en', easyReadSummary: 'Un carnet, facile à lire.' });
		expect(await titles(reader, { q: tag, form: 'technique', language: 'en', easyRead: 'on' })).toEqual([
			`Carnet ${tag}`
		]);
		expect(await titles(reader, { q: tag, form: 'action' })).toEqual([]);
		await change(id, { easyReadSummary: '' });
		expect(await titles(reader, { q: tag, easyRead: 'on' })).toEqual([]);
	});

	it('follows its audience and hiding, for visitors and members', async () => {
		const author = await buildAccount(db());
		const reader = await buildAccount(db());
		const tag = uniqueWord();
		const id = await insertContribution(db(), { authorId: author.accountId, title: `Sortie ${tag}` });
		expect(await titles(null, { q: tag })).toEqual([]);
		await change(id, { audience: 'public' });
		expect(await titles(null, { q: tag })).toEqual([`Sortie ${tag}`]);
		expect(await titles(null, {})).toContain(`Sortie ${tag}`);
		await change(id, { hiddenAt: new Date() });
		expect(await titles(null, { q: tag })).toEqual([]);
		expect(await titles(reader, { q: tag })).toEqual([]);
		await change(id, { hiddenAt: null, status: 'draft' });
		expect(await titles(null, { q: tag })).toEqual([]);
		expect(await titles(reader, { q: tag })).toEqual([]);
		await change(id, { status: 'published', audience: 'members' });
		expect(await titles(null, { q: tag })).toEqual([]);
		expect(await titles(reader, { q: tag })).toEqual([`Sortie ${tag}`]);
	});

	it('follows confirmations, and counts a waiting one once its seven days are over', async () => {
		const author = await buildAccount(db());
		const reader = await buildAccount(db());
		const tag = uniqueWord();
		const id = await insertContribution(db(), { authorId: author.accountId, title: `Marcher ${tag}` });
		expect(await titles(reader, { q: tag, minConfirmations: 1 })).toEqual([]);
		await insertConfirmations(db(), id, 2);
		expect(await titles(reader, { q: tag, minConfirmations: 2 })).toEqual([`Marcher ${tag}`]);
		const inThreeDays = new Date(Date.now() + 3 * 86_400_000);
		await db()
			.insert(contributionConfirmations)
			.values({ contributionId: id, accountId: null, kind: 'worked', countsFrom: inThreeDays });
		await recountWorked(db(), id);
		expect(await titles(reader, { q: tag, minConfirmations: 3 })).toEqual([]);
		expect(await titles(reader, { minConfirmations: 3 })).not.toContain(`Marcher ${tag}`);
		const inFourDays = new Date(Date.now() + 4 * 86_400_000);
		expect(await titles(reader, { q: tag, minConfirmations: 3 }, inFourDays)).toEqual([`Marcher ${tag}`]);
		await db()
			.update(contributionConfirmations)
			.set({ hiddenAt: new Date() })
			.where(eq(contributionConfirmations.contributionId, id));
		await recountWorked(db(), id);
		expect(await titles(reader, { q: tag, minConfirmations: 1 }, inFourDays)).toEqual([]);
	});

	it('follows its form and confirmations asked together (one token: form:…+confirmed:N)', async () => {
		const author = await buildAccount(db());
		const reader = await buildAccount(db());
		const tag = uniqueWord();
		const id = await insertContribution(db(), { authorId: author.accountId, title: `Dormir ${tag}` });
		await change(id, { form: 'action' });
		expect(await titles(reader, { q: tag, form: 'action', minConfirmations: 1 })).toEqual([]);
		await insertConfirmations(db(), id, 2);
		expect(await titles(reader, { q: tag, form: 'action', minConfirmations: 2 })).toEqual([`Dormir ${tag}`]);
		expect(await titles(reader, { form: 'action', minConfirmations: 1 })).toContain(`Dormir ${tag}`);
		expect(await titles(reader, { q: tag, form: 'action', minConfirmations: 3 })).toEqual([]);
		expect(await titles(reader, { q: tag, form: 'technique', minConfirmations: 1 })).toEqual([]);
		await change(id, { form: 'technique' });
		expect(await titles(reader, { q: tag, form: 'technique', minConfirmations: 2 })).toEqual([
			`Dormir ${tag}`
		]);
		expect(await titles(reader, { q: tag, form: 'action', minConfirmations: 1 })).toEqual([]);
		await db()
			.update(contributionConfirmations)
			.set({ hiddenAt: new Date() })
			.where(eq(contributionConfirmations.contributionId, id));
		await recountWorked(db(), id);
		expect(await titles(reader, { q: tag, form: 'technique', minConfirmations: 1 })).toEqual([]);
		expect(await titles(reader, { q: tag, form: 'technique' })).toEqual([`Dormir ${tag}`]);
	});

	it('never takes words of a text for a facet', async () => {
		const author = await buildAccount(db());
		const reader = await buildAccount(db());
		const tag = uniqueWord();
		await insertContribution(db(), {
			authorId: author.accountId,
			title: `Public ${tag}`,
			body: `${VOICES} troubles-psychiques form:technique facet public easy-read confirmed:1 form:technique+confirmed:1 ${tag}`
		});
		expect(await titles(null, { q: tag })).toEqual([]);
		expect(await titles(reader, { q: tag })).toEqual([`Public ${tag}`]);
		const filtersList: SearchKnowledgeInput[] = [
			{ experience: VOICES },
			{ experience: 'troubles-psychiques' },
			{ form: 'technique' },
			{ easyRead: 'on' },
			{ minConfirmations: 1 },
			{ form: 'technique', minConfirmations: 1 }
		];
		for (const filters of filtersList) expect(await titles(reader, { q: tag, ...filters })).toEqual([]);
		expect(await titles(reader, { q: `facet public ${tag}` })).toEqual([`Public ${tag}`]);
	});

	it('never fails on an experience filter with tsquery or SQL syntax', async () => {
		const reader = await buildAccount(db());
		for (const experience of ["a' | 'b", 'x\\', "'; drop table contributions; --", 'a:b', '!*&|()<->', '😀'])
			for (const actor of [null, reader])
				await expect(
					searchKnowledge(contextFor(db(), actor), { q: 'voix', experience })
				).resolves.toMatchObject({
					results: []
				});
	});

	it('indexes the facets as lexemes no word can be', async () => {
		const [row] = await selectRows<{ lexemes: string }>(
			db(),
			sql`select knowledge_facet_lexemes(array['form:action', 'public', ${VOICES}, 'a''b'])::text as lexemes`
		);
		expect(row!.lexemes).toBe(
			`'facet a''b' 'facet form:action' 'facet public' 'facet troubles-psychiques/entente-de-voix'`
		);
	});
});
