import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { jobAnswers, jobOffers } from '../../db/schema';
import { notify } from '../notifications/notify';
import { authorize, DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canManageOrganisationOffers } from './policy';
import { SetAnswerStatusSchema } from './schemas';
import { loadOffersViewer } from './viewer';

/**
 * The offering organisation's coordinator moves an answer along: received, in discussion, declined,
 * accepted. The applicant is told of each step past "received", once per step (a step taken back and
 * forth is told once). A withdrawn offer's answers stay as they were: nothing moves them any more.
 */
export async function setAnswerStatus(ctx: Ctx, input: z.input<typeof SetAnswerStatusSchema>) {
	const actor = requireActor(ctx);
	const { answerId, status } = parseInput(SetAnswerStatusSchema, input);
	const [answer] = await ctx.db
		.select({
			organisationId: jobOffers.organisationId,
			offerId: jobOffers.id,
			applicantId: jobAnswers.applicantId
		})
		.from(jobAnswers)
		.innerJoin(jobOffers, eq(jobOffers.id, jobAnswers.offerId))
		.where(eq(jobAnswers.id, answerId));
	const viewer = await loadOffersViewer(ctx.db, actor);
	authorize(answer && canManageOrganisationOffers(viewer, answer.organisationId));
	const told = await ctx.db.transaction(async (tx) => {
		// A share lock on the offer: a withdrawal (an UPDATE of this row) waits for this step, or this step
		// waits for the withdrawal and then finds the offer withdrawn (withdraw-job-offer.ts).
		const [offer] = await tx
			.select({ status: jobOffers.status })
			.from(jobOffers)
			.where(eq(jobOffers.id, answer.offerId))
			.for('share');
		if (offer?.status !== 'published') throw new DomainError('CONFLICT', 'error.offers.offerWithdrawn');
		await tx
			.update(jobAnswers)
			.set({ status, updatedAt: ctx.clock.now() })
			.where(eq(jobAnswers.id, answerId));
		if (status === 'received') return null;
		return notify(tx, {
			accountId: answer.applicantId,
			kind: `job.answer.${status}`,
			subjectId: answerId,
			organisationId: answer.organisationId,
			now: ctx.clock.now()
		});
	});
	if (told) ctx.events.emit(told);
	return { offerId: answer.offerId, status };
}
