import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { knowledgeScene, writeContribution } from '../../../tests/support/knowledge';
import { contributions, organisations } from '../../db/schema';
import { canReadContribution } from './policy';
import { contributionFacts, loadKnowledgeViewer, type Contribution } from './queries';
import { readableBy } from './readable';

const db = useTestDatabase();

describe('readableBy', () => {
	it('admits in SQL exactly what canReadContribution admits, for every kind of viewer', async () => {
		const s = await knowledgeScene(db());
		await db()
			.update(organisations)
			.set({ knowledgePublic: true })
			.where(eq(organisations.id, s.organisation.id));
		const ids: string[] = [];
		for (const audience of ['organisation', 'members', 'public'] as const)
			for (const status of ['draft', 'published'] as const)
				ids.push(
					(await writeContribution(db(), s.author, { organisationId: s.organisation.id, audience, status }))
						.id
				);
		await db().update(contributions).set({ hiddenAt: new Date() }).where(eq(contributions.id, ids[1]!));
		const rows = (await db()
			.select()
			.from(contributions)
			.where(inArray(contributions.id, ids))) as Contribution[];
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
});
