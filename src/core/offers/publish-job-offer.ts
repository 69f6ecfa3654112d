import { jobOffers } from '../../db/schema';
import { authorize, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canManageOrganisationOffers } from './policy';
import { organisationBySlug } from './queries';
import { PublishJobOfferSchema, type PublishJobOfferInput } from './schemas';
import { loadOffersViewer } from './viewer';

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
		})
		.returning({ id: jobOffers.id });
	return { id: row!.id };
}
