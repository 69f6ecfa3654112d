import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { jobAnswers, jobOffers } from '../../db/schema';
import { authorize, parseInput, requireActor, type Ctx } from '../shared';
import { canManageOrganisationOffers } from './policy';
import { SetAnswerStatusSchema } from './schemas';
import { loadOffersViewer } from './viewer';

/** The offering organisation's coordinator moves an answer along: received, in discussion, declined, accepted. */
export async function setAnswerStatus(ctx: Ctx, input: z.input<typeof SetAnswerStatusSchema>) {
	const actor = requireActor(ctx);
	const { answerId, status } = parseInput(SetAnswerStatusSchema, input);
	const [answer] = await ctx.db
		.select({ organisationId: jobOffers.organisationId, offerId: jobOffers.id })
		.from(jobAnswers)
		.innerJoin(jobOffers, eq(jobOffers.id, jobAnswers.offerId))
		.where(eq(jobAnswers.id, answerId));
	const viewer = await loadOffersViewer(ctx.db, actor);
	authorize(answer && canManageOrganisationOffers(viewer, answer.organisationId));
	await ctx.db
		.update(jobAnswers)
		.set({ status, updatedAt: ctx.clock.now() })
		.where(eq(jobAnswers.id, answerId));
	return { offerId: answer.offerId, status };
}
