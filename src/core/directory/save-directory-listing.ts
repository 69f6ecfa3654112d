import { directoryListings } from '../../db/schema';
import { organisationBySlug } from '../offers/queries';
import { canManageOrganisationOffers } from '../offers/policy';
import { loadOffersViewer } from '../offers/viewer';
import { authorize, DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { communeFor } from './places';
import { SaveDirectoryListingSchema, type SaveDirectoryListingInput } from './schemas';

/**
 * A coordinator writes the organisation's directory entry (address, hours, contacts, place) and chooses
 * whether it is published. The place's coordinates come from the shipped places file.
 */
export async function saveDirectoryListing(ctx: Ctx, input: SaveDirectoryListingInput) {
	const actor = requireActor(ctx);
	const data = parseInput(SaveDirectoryListingSchema, input);
	const organisation = await organisationBySlug(ctx.db, data.organisation);
	const viewer = await loadOffersViewer(ctx.db, actor);
	authorize(viewer?.memberOf.has(organisation.id) || viewer?.isInstanceAdmin);
	permit(canManageOrganisationOffers(viewer, organisation.id), 'error.offers.notCoordinator');
	const commune = data.postcode ? await communeFor(data.postcode, data.communeName) : undefined;
	if (data.postcode && !commune)
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'postcode', message: 'validation.offers.unknownPostcode' }
		]);
	if (data.published && !commune && !data.online)
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'postcode', message: 'validation.offers.placeNeeded' }
		]);
	const values = {
		published: data.published,
		address: data.address,
		postcode: data.postcode ?? null,
		communeCode: commune?.code ?? null,
		communeName: commune?.name ?? null,
		departement: commune?.departement ?? null,
		latitude: commune?.latitude ?? null,
		longitude: commune?.longitude ?? null,
		placeApproximate: commune?.approximate ?? false,
		openingHours: data.openingHours,
		phone: data.phone ?? null,
		email: data.email ?? null,
		website: data.website ?? null,
		inPerson: data.inPerson,
		online: data.online,
		accessibility: data.accessibility,
		themes: data.themes,
		updatedAt: ctx.clock.now()
	};
	await ctx.db
		.insert(directoryListings)
		.values({ organisationId: organisation.id, ...values })
		.onConflictDoUpdate({ target: directoryListings.organisationId, set: values });
	return { published: data.published };
}
