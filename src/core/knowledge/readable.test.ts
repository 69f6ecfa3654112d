import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { knowledgeScene, writeContribution } from '../../../tests/support/knowledge';
import { contributions, knowledgePreferences, organisations } from '../../db/schema';
import { canReadContribution, readsInLists } from './policy';
import { contributionFacts, loadKnowledgeViewer, type Contribution } from './queries';
import { readableBy } from './readable';

const db = useTestDatabase();

/** Every audience and status, one of them hidden, some with a content warning: the ids and rows. */
async function scene() {
	const s = await knowledgeScene(db());
	await db()
		.update(organisations)
		.set({ knowledgePublic: true })
		.where(eq(organisations.id, s.organisation.id));
	const ids: string[] = [];
	for (const audience of ['organisation', 'members', 'public'] as const)
		for (const status of ['draft', 'published'] as const)
			for (const contentWarnings of [[], ['suicide']] as const)
				ids.push(
					(
						await writeContribution(db(), s.author, {
							organisationId: s.organisation.id,
							audience,
							status,
							contentWarnings: [...contentWarnings]
						})
					).id
				);
	await db().update(contributions).set({ hiddenAt: new Date() }).where(eq(contributions.id, ids[2]!));
	await db().update(contributions).set({ hiddenAt: new Date() }).where(eq(contributions.id, ids[10]!));
	const rows = (await db()
		.select()
		.from(contributions)
		.where(inArray(contributions.id, ids))) as Contribution[];
	return { s, ids, rows };
}

describe('readableBy', () => {
	it('admits in SQL exactly what canReadContribution admits (review), for every kind of viewer', async () => {
		const { s, ids, rows } = await scene();
		for (const person of [null, s.author, s.reader, s.professional, s.staff, s.outsider, s.admin]) {
			const viewer = await loadKnowledgeViewer(db(), person);
			const inSql = await db()
				.select({ id: contributions.id })
				.from(contributions)
				.where(and(inArray(contributions.id, ids), readableBy(viewer, { scope: 'review' })));
			const expected = rows
				.filter((row) => canReadContribution(viewer, contributionFacts(row)))
				.map((row) => row.id);
			expect(inSql.map((row) => row.id).sort(), person?.pseudonym ?? 'visitor').toEqual(expected.sort());
		}
	});

	it('admits in SQL exactly what readsInLists admits (reading), hidden topics included', async () => {
		const { s, ids, rows } = await scene();
		for (const hiddenTopics of [[], ['suicide']])
			for (const person of [null, s.author, s.reader, s.professional, s.staff, s.outsider, s.admin]) {
				if (person)
					await db()
						.insert(knowledgePreferences)
						.values({ accountId: person.accountId, hiddenTopics })
						.onConflictDoUpdate({ target: knowledgePreferences.accountId, set: { hiddenTopics } });
				const viewer = await loadKnowledgeViewer(db(), person);
				const inSql = await db()
					.select({ id: contributions.id })
					.from(contributions)
					.where(and(inArray(contributions.id, ids), readableBy(viewer, { scope: 'reading' })));
				const expected = rows
					.filter((row) =>
						readsInLists(viewer, contributionFacts(row), {
							contentWarnings: row.contentWarnings,
							hiddenTopics: person ? hiddenTopics : []
						})
					)
					.map((row) => row.id);
				expect(
					inSql.map((row) => row.id).sort(),
					`${person?.pseudonym ?? 'visitor'} ${hiddenTopics}`
				).toEqual(expected.sort());
			}
	});
});
