import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { buildAccount, buildOrganisation, contextFor } from '../../../tests/support/factories';
import { insertContribution } from '../../../tests/support/knowledge-search';
import type { Actor } from '../shared';
import { publishResearchDataset, withdrawResearchDataset } from './publish-research-dataset';
import { listResearchDatasets, readResearchDataset } from './read-research-dataset';

const db = useTestDatabase();
const VOICES = 'troubles-psychiques/entente-de-voix';
const BIPOLAR = 'troubles-psychiques/trouble-bipolaire';

describe('research datasets', () => {
	it('holds only consented, published, visible contributions of the organisation, without who wrote them', async () => {
		const { organisation, members } = await buildOrganisation(db(), {
			members: ['coordinator', 'member', 'member', 'member', 'member', 'member', 'member']
		});
		const [coordinator, ...authors] = members as unknown as [Actor, ...Actor[]];
		for (const [index, author] of authors.entries())
			await insertContribution(db(), {
				authorId: author.accountId,
				organisationId: organisation.id,
				// Written for the organisation only: never in a dataset anyone can download, consent or not.
				audience: index === 5 ? 'organisation' : 'members',
				title: `Savoir ${index}`,
				researchConsent: true,
				licence: 'CC-BY-4.0',
				experienceIds: index < 3 ? [VOICES] : [BIPOLAR],
				createdAt: new Date('2026-02-14T09:00:00Z')
			});
		await insertContribution(db(), {
			authorId: authors[0]!.accountId,
			organisationId: organisation.id,
			title: 'Masqué',
			researchConsent: true,
			hidden: true
		});
		const elsewhere = await buildOrganisation(db());
		await insertContribution(db(), {
			authorId: authors[0]!.accountId,
			organisationId: elsewhere.organisation.id,
			title: 'Ailleurs',
			researchConsent: true
		});
		const member = authors[0]!;
		await expect(
			publishResearchDataset(contextFor(db(), member), { slug: organisation.slug, title: 'Jeu' })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		const { datasetId } = await publishResearchDataset(contextFor(db(), coordinator), {
			slug: organisation.slug,
			title: 'Savoirs du GEM, 2026',
			description: 'Pour l’équipe de recherche.'
		});
		const dataset = await readResearchDataset(contextFor(db(), null), { datasetId });
		expect(dataset.rows.map((row) => row.title).sort()).toEqual(
			[0, 1, 2, 3, 4].map((index) => `Savoir ${index}`)
		);
		// Three on one leaf and two on its sibling: five people share the branch, not either leaf.
		expect(new Set(dataset.rows.flatMap((row) => row.experiences))).toEqual(new Set(['troubles-psychiques']));
		expect(dataset.rows.every((row) => row.month === '2026-02' && row.form === 'action')).toBe(true);
		const text = JSON.stringify(dataset.rows);
		for (const author of authors) expect(text).not.toContain(author.pseudonym);
		expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

		await withdrawResearchDataset(contextFor(db(), coordinator), { datasetId });
		await expect(readResearchDataset(contextFor(db(), null), { datasetId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		expect((await readResearchDataset(contextFor(db(), coordinator), { datasetId })).withdrawn).toBe(true);
		const listed = await listResearchDatasets(contextFor(db(), await buildAccount(db())), {
			slug: organisation.slug
		});
		expect(listed.datasets).toEqual([]);
	});
});
