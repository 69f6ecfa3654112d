import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { experiences } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canGovernVocabulary } from './policy';
import { vocabularyFacts } from './queries';
import { experienceId, experienceLabel, synonymList } from './vocabulary-schemas';

export const RenameExperienceSchema = z.object({
	experienceId,
	labelFr: experienceLabel,
	labelEn: experienceLabel,
	synonyms: synonymList
});

/**
 * An instance admin renames an approved experience (and sets its synonyms). The id stays, so profiles,
 * offers and requests are untouched; the entry is marked as edited here, so updates of the shipped
 * vocabulary at start-up no longer overwrite it.
 */
export async function renameExperience(ctx: Ctx, input: z.input<typeof RenameExperienceSchema>) {
	const actor = requireActor(ctx);
	if (!canGovernVocabulary(await vocabularyFacts(ctx.db, actor))) throw new DomainError('FORBIDDEN');
	const fields = parseInput(RenameExperienceSchema, input);
	const [updated] = await ctx.db
		.update(experiences)
		.set({
			labelFr: fields.labelFr,
			labelEn: fields.labelEn,
			synonyms: fields.synonyms,
			locallyEdited: true
		})
		.where(and(eq(experiences.id, fields.experienceId), eq(experiences.status, 'approved')))
		.returning({ id: experiences.id });
	if (!updated) throw new DomainError('NOT_FOUND');
	ctx.events.emit({ type: 'experience.renamed', experienceId: updated.id });
	return { id: updated.id };
}
