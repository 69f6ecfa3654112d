import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { parseInput, type Ctx } from '../shared';
import { datasetRows, type DatasetRow } from './research-dataset-rows';
import {
	consentedContributions,
	datasetsOf,
	experienceParents,
	loadDatasetForActor
} from './research-datasets';
import { uuidField } from './reading-list-schemas';
import { RESEARCH_MINIMUM_CELL } from './vocabulary';
import { DomainError } from '../shared';
import { eq } from 'drizzle-orm';
import { organisations } from '../../db/schema';
import { canPublishResearch } from './policy';
import { loadKnowledgeViewer } from './queries';
import { slugField } from './reading-list-schemas';

export const ReadResearchDatasetSchema = z.object({ datasetId: uuidField });
export const ListResearchDatasetsSchema = z.object({ slug: slugField });

const cryptoRandom = () => randomInt(0, 2 ** 32) / 2 ** 32;

/** A dataset's description and its rows, computed now (see research-dataset-rows.ts). */
export async function readResearchDataset(ctx: Ctx, input: z.input<typeof ReadResearchDatasetSchema>) {
	const { datasetId } = parseInput(ReadResearchDatasetSchema, input);
	const { dataset, organisation, canPublish } = await loadDatasetForActor(ctx.db, datasetId, ctx.actor);
	const [contributions, parents] = await Promise.all([
		consentedContributions(ctx.db, organisation.id),
		experienceParents(ctx.db)
	]);
	const rows: DatasetRow[] = datasetRows(contributions, parents, cryptoRandom);
	return {
		id: dataset.id,
		title: dataset.title,
		description: dataset.description,
		organisation: { slug: organisation.slug, name: organisation.name },
		publishedAt: dataset.publishedAt.toISOString(),
		withdrawn: dataset.withdrawnAt !== null,
		canWithdraw: canPublish && dataset.withdrawnAt === null,
		minimumCell: RESEARCH_MINIMUM_CELL,
		licences: [...new Set(rows.map((row) => row.licence))].sort(),
		rows
	};
}

/** An organisation's datasets (withdrawn ones too for its coordinators) and whether the actor publishes. */
export async function listResearchDatasets(ctx: Ctx, input: z.input<typeof ListResearchDatasetsSchema>) {
	const { slug } = parseInput(ListResearchDatasetsSchema, input);
	const [organisation] = await ctx.db
		.select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
		.from(organisations)
		.where(eq(organisations.slug, slug));
	if (!organisation) throw new DomainError('NOT_FOUND');
	const canPublish = canPublishResearch(await loadKnowledgeViewer(ctx.db, ctx.actor), organisation.id);
	return { organisation, canPublish, datasets: await datasetsOf(ctx.db, organisation.id, canPublish) };
}
