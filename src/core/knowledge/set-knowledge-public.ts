import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DatabaseOrTransaction } from '../../db/client';
import { contributions, organisations } from '../../db/schema';
import { authorize, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canPublishResearch } from './policy';
import { loadKnowledgeViewer } from './queries';

const slugField = z.string('validation.invalid').min(1, 'validation.invalid').max(100, 'validation.invalid');
export const SetKnowledgePublicSchema = z.object({
	slug: slugField,
	allowed: z
		.union([z.boolean(), z.enum(['on', 'true', 'false'])], 'validation.invalid')
		.transform((value) => value === true || value === 'on' || value === 'true')
});

async function organisationBySlug(db: DatabaseOrTransaction, slug: string, lock = false) {
	const query = db
		.select({ id: organisations.id, knowledgePublic: organisations.knowledgePublic })
		.from(organisations)
		.where(eq(organisations.slug, slug));
	const [row] = lock ? await query.for('update') : await query;
	return row;
}

/** Whether the organisation allows public knowledge, for its coordinators (null for anyone else). */
export async function knowledgeSettings(ctx: Ctx, input: { slug: string }) {
	const actor = requireActor(ctx);
	const { slug } = parseInput(SetKnowledgePublicSchema.pick({ slug: true }), input);
	const organisation = await organisationBySlug(ctx.db, slug);
	authorize(organisation);
	const viewer = await loadKnowledgeViewer(ctx.db, actor);
	if (!canPublishResearch(viewer, organisation.id)) return null;
	return { knowledgePublic: organisation.knowledgePublic };
}

/**
 * A coordinator allows or forbids public knowledge (contributions on the open web) for the organisation.
 * Forbidding it turns the organisation's public contributions back to signed-in members, in the same
 * transaction: the organisation's row is locked, and writers read it `for share` (audience-choice.ts), so
 * no contribution becomes public past the prohibition.
 */
export async function setKnowledgePublic(ctx: Ctx, input: z.input<typeof SetKnowledgePublicSchema>) {
	const actor = requireActor(ctx);
	const { slug, allowed } = parseInput(SetKnowledgePublicSchema, input);
	return ctx.db.transaction(async (tx) => {
		const organisation = await organisationBySlug(tx, slug, true);
		authorize(organisation);
		const viewer = await loadKnowledgeViewer(tx, actor);
		authorize(viewer?.roles.has(organisation.id) || viewer?.isInstanceAdmin);
		permit(canPublishResearch(viewer, organisation.id), 'error.contribution.cannotAllowPublic');
		await tx
			.update(organisations)
			.set({ knowledgePublic: allowed })
			.where(eq(organisations.id, organisation.id));
		let withdrawn = 0;
		if (!allowed) {
			const rows = await tx
				.update(contributions)
				.set({ audience: 'members' })
				.where(and(eq(contributions.organisationId, organisation.id), eq(contributions.audience, 'public')))
				.returning({ id: contributions.id });
			withdrawn = rows.length;
		}
		return { knowledgePublic: allowed, withdrawn };
	});
}
