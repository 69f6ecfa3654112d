import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { jobAnswers, jobOffers } from '../../db/schema';
import { notifyAll } from '../notifications/notify';
import { authorize, DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canManageOrganisationOffers } from './policy';
import { jobOfferFacts } from './queries';
import { WithdrawJobOfferSchema } from './schemas';
import { loadOffersViewer } from './viewer';

/** Answers a structure has not decided yet: those a withdrawal leaves without an outcome, and tells. */
export const PENDING_ANSWER_STATUSES = ['received', 'in_discussion'] as const;

/**
 * The organisation's coordinators withdraw an offer, for good: it leaves the list and its page, and every
 * applicant whose answer was still pending is told in the same transaction. Moving an answer along
 * (set-answer-status.ts) first takes a share lock on the offer's row, which this UPDATE waits for (and
 * the reverse): an acceptance racing a withdrawal either lands before it (and is not pending any more) or
 * finds the offer withdrawn, never both.
 */
export async function withdrawJobOffer(ctx: Ctx, input: z.input<typeof WithdrawJobOfferSchema>) {
	const actor = requireActor(ctx);
	const { offerId } = parseInput(WithdrawJobOfferSchema, input);
	const offer = await jobOfferFacts(ctx.db, offerId);
	const viewer = await loadOffersViewer(ctx.db, actor);
	const manages = offer !== undefined && canManageOrganisationOffers(viewer, offer.organisationId);
	authorize(offer && (manages || (offer.status === 'published' && !offer.hidden)));
	permit(manages, 'error.offers.notCoordinator');
	const now = ctx.clock.now();
	const { told, pending } = await ctx.db.transaction(async (tx) => {
		const [withdrawn] = await tx
			.update(jobOffers)
			.set({ status: 'withdrawn', updatedAt: now })
			.where(and(eq(jobOffers.id, offerId), eq(jobOffers.status, 'published')))
			.returning({ id: jobOffers.id });
		if (!withdrawn) throw new DomainError('CONFLICT', 'error.offers.withdrawn');
		const pending = await tx
			.select({ id: jobAnswers.id, applicantId: jobAnswers.applicantId })
			.from(jobAnswers)
			.where(and(eq(jobAnswers.offerId, offerId), inArray(jobAnswers.status, [...PENDING_ANSWER_STATUSES])));
		const told = await notifyAll(
			tx,
			pending.map((answer) => ({
				accountId: answer.applicantId,
				kind: 'job.offer_withdrawn' as const,
				subjectId: answer.id,
				organisationId: offer.organisationId,
				now
			}))
		);
		return { told, pending: pending.length };
	});
	for (const event of told) ctx.events.emit(event);
	return { id: offerId, status: 'withdrawn' as const, answersTold: pending };
}
