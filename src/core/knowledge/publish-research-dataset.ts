import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { organisations, researchDatasets } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canPublishResearch } from './policy';
import { loadKnowledgeViewer } from './queries';
import { loadDatasetForActor } from './research-datasets';
import { slugField, uuidField } from './reading-list-schemas';

export const PublishResearchDatasetSchema = z.object({
	slug: slugField,
	title: z.string().trim().min(3, 'validation.research.title').max(160, 'validation.research.title'),
	description: z.string().trim().max(4000, 'validation.tooLong').optional().default('')
});
export const WithdrawResearchDatasetSchema = z.object({ datasetId: uuidField });

/**
 * A coordinator publishes a research dataset of their organisation: its rows are computed at each
 * download (research-dataset-rows.ts), so what is hidden or no longer consented since leaves it.
 */
export async function publishResearchDataset(ctx: Ctx, input: z.input<typeof PublishResearchDatasetSchema>) {
	const actor = requireActor(ctx);
	const { slug, ...fields } = parseInput(PublishResearchDatasetSchema, input);
	const [organisation] = await ctx.db
		.select({ id: organisations.id })
		.from(organisations)
		.where(eq(organisations.slug, slug));
	if (!organisation) throw new DomainError('NOT_FOUND');
	permit(
		canPublishResearch(await loadKnowledgeViewer(ctx.db, actor), organisation.id),
		'error.research.cannotPublish'
	);
	const [dataset] = await ctx.db
		.insert(researchDatasets)
		.values({
			...fields,
			organisationId: organisation.id,
			publishedBy: actor.accountId,
			publishedAt: ctx.clock.now()
		})
		.returning({ id: researchDatasets.id });
	return { datasetId: dataset!.id };
}

/** Withdraws a dataset: its page and downloads are gone for everyone but the organisation's coordinators. */
export async function withdrawResearchDataset(
	ctx: Ctx,
	input: z.input<typeof WithdrawResearchDatasetSchema>
) {
	const actor = requireActor(ctx);
	const { datasetId } = parseInput(WithdrawResearchDatasetSchema, input);
	const { canPublish, organisation } = await loadDatasetForActor(ctx.db, datasetId, actor);
	permit(canPublish, 'error.research.cannotPublish');
	await ctx.db
		.update(researchDatasets)
		.set({ withdrawnAt: ctx.clock.now() })
		.where(eq(researchDatasets.id, datasetId));
	return { slug: organisation.slug };
}
