import { and, eq } from 'drizzle-orm';
import { jobOffers } from '../../db/schema';
import { authorize, DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canManageOrganisationOffers } from './policy';
import { jobOfferValues } from './publish-job-offer';
import { jobOfferFacts } from './queries';
import { EditJobOfferSchema, type EditJobOfferInput } from './schemas';
import { loadOffersViewer } from './viewer';

/**
 * The organisation's coordinators edit a published offer (every field again), in one UPDATE conditional on
 * `published`: a withdrawn offer stays withdrawn. Answers already sent stay as they are.
 */
export async function editJobOffer(ctx: Ctx, input: EditJobOfferInput) {
	const actor = requireActor(ctx);
	const { offerId, ...data } = parseInput(EditJobOfferSchema, input);
	const offer = await jobOfferFacts(ctx.db, offerId);
	const viewer = await loadOffersViewer(ctx.db, actor);
	const manages = offer !== undefined && canManageOrganisationOffers(viewer, offer.organisationId);
	authorize(offer && (manages || (offer.status === 'published' && !offer.hidden)));
	permit(manages, 'error.offers.notCoordinator');
	const [row] = await ctx.db
		.update(jobOffers)
		.set({ ...jobOfferValues(data), updatedAt: ctx.clock.now() })
		.where(and(eq(jobOffers.id, offerId), eq(jobOffers.status, 'published')))
		.returning({ id: jobOffers.id });
	if (!row) throw new DomainError('CONFLICT', 'error.offers.withdrawn');
	return { id: row.id };
}
