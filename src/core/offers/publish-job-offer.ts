import type { z } from 'zod';
import { jobOffers } from '../../db/schema';
import { authorize, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canManageOrganisationOffers } from './policy';
import { organisationBySlug } from './queries';
import { EditJobOfferSchema, PublishJobOfferSchema, type PublishJobOfferInput } from './schemas';
import { loadOffersViewer } from './viewer';

/** The columns an offer's own fields fill, on publishing and on editing alike. */
export const jobOfferValues = (data: Omit<z.output<typeof EditJobOfferSchema>, 'offerId'>) => ({
	title: data.title,
	description: data.description,
	contract: data.contract,
	hours: data.hours,
	place: data.place,
	departement: data.departement ?? null,
	startsOn: data.startsOn ?? null,
	closesOn: data.closesOn ?? null,
	payMin: data.payMin ?? null,
	payMax: data.payMax ?? null,
	payPeriod: data.payPeriod ?? null
});

/** A structure's coordinator publishes a mission or job offer for peer workers. */
export async function publishJobOffer(ctx: Ctx, input: PublishJobOfferInput) {
	const actor = requireActor(ctx);
	const data = parseInput(PublishJobOfferSchema, input);
	const organisation = await organisationBySlug(ctx.db, data.organisation);
	const viewer = await loadOffersViewer(ctx.db, actor);
	authorize(viewer?.memberOf.has(organisation.id) || viewer?.isInstanceAdmin);
	permit(canManageOrganisationOffers(viewer, organisation.id), 'error.offers.notCoordinator');
	const [row] = await ctx.db
		.insert(jobOffers)
		.values({
			organisationId: organisation.id,
			createdBy: actor.accountId,
			...jobOfferValues(data)
		})
		.returning({ id: jobOffers.id });
	return { id: row!.id };
}
