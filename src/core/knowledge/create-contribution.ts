import { z } from 'zod';
import type { Transaction } from '../../db/client';
import { contributions } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { checkAudience, checkExperiences, checkLicence } from './audience-choice';
import { contributionFields } from './contribution-schemas';
import { tagContribution } from './contribution-experiences';
import { loadKnowledgeViewer } from './queries';
import { writeFirstVersion } from './versions';

const f = contributionFields;
export const CreateContributionSchema = z.object({
	title: f.title,
	body: f.body,
	form: f.form,
	experienceIds: f.experienceIds.optional().default([]),
	helpedWith: f.helpedWith.optional().default(''),
	contentWarnings: f.contentWarnings.optional().default([]),
	easyReadSummary: f.easyReadSummary.optional().default(''),
	byline: f.byline.optional().default('pseudonym'),
	audience: f.audience,
	organisationId: f.organisationId.optional(),
	language: f.language.optional().default('fr'),
	researchConsent: f.researchConsent.optional().default(false),
	licence: f.licence.optional(),
	keepOnErasure: f.keepOnErasure.optional().default(false),
	status: f.status.optional().default('published')
});
export type CreateContributionInput = z.input<typeof CreateContributionSchema>;
type ContributionValues = z.infer<typeof CreateContributionSchema> & { sourceMessageId?: string | null };

/** Writes a contribution and its first version, inside the caller's transaction (checks included). */
export async function insertContribution(
	tx: Transaction,
	ctx: Ctx,
	values: ContributionValues
): Promise<{ id: string }> {
	const actor = requireActor(ctx);
	const { experienceIds, organisationId, licence, ...fields } = values;
	const viewer = await loadKnowledgeViewer(tx, actor);
	const organisation = await checkAudience(tx, viewer, fields.audience, organisationId);
	await checkExperiences(tx, experienceIds);
	const now = ctx.clock.now();
	const [row] = await tx
		.insert(contributions)
		.values({
			...fields,
			authorId: actor.accountId,
			organisationId: organisation,
			licence: checkLicence(fields.researchConsent, licence),
			createdAt: now,
			updatedAt: now
		})
		.returning({ id: contributions.id });
	const id = row!.id;
	if (experienceIds.length) await tagContribution(tx, id, experienceIds);
	const { title, body, helpedWith, easyReadSummary, form } = fields;
	await writeFirstVersion(
		tx,
		id,
		{ title, body, helpedWith, easyReadSummary, form },
		{
			editorId: actor.accountId,
			at: now
		}
	);
	return { id };
}

/**
 * A member writes a piece of experiential knowledge (or keeps it as a draft): Markdown text checked for
 * length and nesting, experiences from the approved vocabulary, an audience they may choose (an
 * organisation among their active memberships; the public web only where the organisation allows it).
 */
export async function createContribution(ctx: Ctx, input: CreateContributionInput) {
	requireActor(ctx);
	const values = parseInput(CreateContributionSchema, input);
	const created = await ctx.db.transaction((tx) => insertContribution(tx, ctx, values));
	return { id: created.id, status: values.status };
}
