import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { credentials, jobAnswers, jobOffers, profileExperiences } from '../../db/schema';
import { activeCoordinatorIds } from '../organisations/queries';
import { notifyAll } from '../notifications/notify';
import { authorize, DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canAnswerOffer } from './policy';
import { parisDay } from './queries';
import { AnswerJobOfferSchema } from './schemas';
import { loadOffersViewer } from './viewer';

/**
 * A peer answers an offer with a message, the experiences of their profile and the credentials of their
 * wallet they choose to show (ids not theirs are refused). One answer per person and offer. The structure's
 * coordinators see the chosen credentials whatever each credential's audience: choosing them for this answer
 * is showing them to this structure.
 */
export async function answerJobOffer(ctx: Ctx, input: z.input<typeof AnswerJobOfferSchema>) {
	const actor = requireActor(ctx);
	const data = parseInput(AnswerJobOfferSchema, input);
	const [offer] = await ctx.db
		.select({
			organisationId: jobOffers.organisationId,
			status: jobOffers.status,
			hiddenAt: jobOffers.hiddenAt,
			closesOn: jobOffers.closesOn
		})
		.from(jobOffers)
		.where(eq(jobOffers.id, data.offerId));
	authorize(offer?.status === 'published' && offer.hiddenAt === null);
	const viewer = await loadOffersViewer(ctx.db, actor);
	permit(canAnswerOffer(viewer, offer, parisDay(ctx.clock.now())), 'error.offers.cannotAnswer');
	if (data.experiences.length > 0) {
		const owned = await ctx.db
			.select({ id: profileExperiences.experienceId })
			.from(profileExperiences)
			.where(
				and(
					eq(profileExperiences.accountId, actor.accountId),
					inArray(profileExperiences.experienceId, data.experiences)
				)
			);
		if (owned.length !== data.experiences.length)
			throw new DomainError('INVALID', 'error.invalid', [
				{ field: 'experiences', message: 'validation.offers.notYourExperience' }
			]);
	}
	if (data.credentials.length > 0) {
		const owned = await ctx.db
			.select({ id: credentials.id })
			.from(credentials)
			.where(and(eq(credentials.accountId, actor.accountId), inArray(credentials.id, data.credentials)));
		if (owned.length !== data.credentials.length)
			throw new DomainError('INVALID', 'error.invalid', [
				{ field: 'credentials', message: 'validation.offers.notYourCredential' }
			]);
	}
	const { row, told } = await ctx.db.transaction(async (tx) => {
		const [row] = await tx
			.insert(jobAnswers)
			.values({
				offerId: data.offerId,
				applicantId: actor.accountId,
				message: data.message,
				experiences: data.experiences,
				credentials: data.credentials
			})
			.onConflictDoNothing()
			.returning({ id: jobAnswers.id });
		if (!row) throw new DomainError('CONFLICT', 'error.offers.alreadyAnswered');
		// The structure's coordinators learn that an answer came (the answer itself stays on the offer's page).
		const coordinators = await activeCoordinatorIds(tx, offer.organisationId);
		const told = await notifyAll(
			tx,
			coordinators.map((accountId) => ({
				accountId,
				kind: 'job.answered' as const,
				subjectId: row.id,
				organisationId: offer.organisationId,
				now: ctx.clock.now()
			}))
		);
		return { row, told };
	});
	for (const event of told) ctx.events.emit(event);
	return { id: row.id, status: 'received' as const };
}
