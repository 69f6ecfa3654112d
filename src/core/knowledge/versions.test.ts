import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { selectRows } from '../../db/sql-helpers';
import { contributionVersions, contributions, knowledgeLexicon } from '../../db/schema';
import { useTestDatabase } from '../../../tests/support/database';
import { buildAccount } from '../../../tests/support/factories';
import { loadContributionForActor } from './queries';
import { writeFirstVersion, writeNewVersion } from './versions';

const db = useTestDatabase();

async function contributionBy(authorId: string) {
	const fields = {
		title: 'Préparer la sortie de l’hôpital',
		body: 'Noter les *rendez-vous* et les entendeurs de voix du GEM.',
		helpedWith: 'Les premiers jours',
		easyReadSummary: '',
		form: 'procedure' as const
	};
	return db().transaction(async (tx) => {
		const [row] = await tx
			.insert(contributions)
			.values({ authorId, audience: 'members', ...fields })
			.returning({ id: contributions.id });
		await writeFirstVersion(tx, row!.id, fields, { editorId: authorId, at: new Date() });
		return { id: row!.id, fields };
	});
}

describe('versions, search column and lexicon', () => {
	it('keeps every version, folds accents and stems French in the search column, and learns the words', async () => {
		const author = await buildAccount(db());
		const { id, fields } = await contributionBy(author.accountId);
		const found = async (query: string) =>
			(
				await selectRows(
					db(),
					sql`select id from contributions where id = ${id} and search @@ websearch_to_tsquery('entrepairs_fr', ${query})`
				)
			).length;
		expect(await found('hopital')).toBe(1);
		expect(await found('entendeur')).toBe(1);
		expect(await found('rendez-vous sortie')).toBe(1);
		expect(await found('cuisine')).toBe(0);
		const words = (await db().select().from(knowledgeLexicon)).map((row) => row.word);
		expect(words).toEqual(expect.arrayContaining(['hopital', 'entendeur']));

		await db().transaction(async (tx) => {
			const { contribution } = await loadContributionForActor(tx, id, author, { forUpdate: true });
			expect(
				await writeNewVersion(
					tx,
					contribution,
					{ ...fields, body: 'Appeler le CMP la veille.' },
					{
						editorId: author.accountId,
						at: new Date()
					}
				)
			).toBe(2);
		});
		const versions = await db()
			.select({ number: contributionVersions.number, body: contributionVersions.body })
			.from(contributionVersions)
			.where(eq(contributionVersions.contributionId, id))
			.orderBy(contributionVersions.number);
		expect(versions).toEqual([
			{ number: 1, body: fields.body },
			{ number: 2, body: 'Appeler le CMP la veille.' }
		]);
		expect(await found('entendeur')).toBe(0);
		expect(await found('CMP veille')).toBe(1);
	});
});
