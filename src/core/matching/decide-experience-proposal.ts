import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { experiences } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canGovernVocabulary } from './policy';
import { vocabularyFacts } from './queries';
import { experienceId, experienceLabel } from './vocabulary-schemas';

export const DecideExperienceProposalSchema = z.object({
	experienceId,
	decision: z.enum(['approve', 'reject'], 'validation.invalid'),
	/** The admin may correct or translate the labels while approving. */
	labelFr: experienceLabel.optional(),
	labelEn: experienceLabel.optional()
});

/** An instance admin approves a proposed experience (it becomes usable everywhere) or rejects it. */
export async function decideExperienceProposal(
	ctx: Ctx,
	input: z.input<typeof DecideExperienceProposalSchema>
) {
	const actor = requireActor(ctx);
	if (!canGovernVocabulary(await vocabularyFacts(ctx.db, actor))) throw new DomainError('FORBIDDEN');
	const fields = parseInput(DecideExperienceProposalSchema, input);
	const status = fields.decision === 'approve' ? ('approved' as const) : ('rejected' as const);
	const [updated] = await ctx.db
		.update(experiences)
		.set({
			status,
			decidedAt: ctx.clock.now(),
			...(fields.labelFr ? { labelFr: fields.labelFr } : {}),
			...(fields.labelEn ? { labelEn: fields.labelEn } : {})
		})
		.where(and(eq(experiences.id, fields.experienceId), eq(experiences.status, 'proposed')))
		.returning({ id: experiences.id });
	if (!updated) throw new DomainError('NOT_FOUND');
	ctx.events.emit({ type: 'experience.decided', experienceId: updated.id, status });
	return { id: updated.id, status };
}
