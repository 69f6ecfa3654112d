import { peerServices } from '../../db/schema';
import { communeFor } from '../directory/places';
import { authorize, DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canManageOrganisationOffers, canPublishOwnService } from './policy';
import { organisationBySlug } from './queries';
import { PublishServiceSchema, type PublishServiceInput } from './schemas';
import { loadOffersViewer } from './viewer';

/**
 * Publishes a service in the actor's name (an active peer supporter) or an organisation's (its
 * coordinators). The base commune comes from the postcode (and name, among a postcode's communes).
 */
export async function publishService(ctx: Ctx, input: PublishServiceInput) {
	const actor = requireActor(ctx);
	const data = parseInput(PublishServiceSchema, input);
	const viewer = await loadOffersViewer(ctx.db, actor);
	let organisationId: string | null = null;
	if (data.organisation) {
		const organisation = await organisationBySlug(ctx.db, data.organisation);
		authorize(viewer?.memberOf.has(organisation.id) || viewer?.isInstanceAdmin);
		permit(canManageOrganisationOffers(viewer, organisation.id), 'error.offers.notCoordinator');
		organisationId = organisation.id;
	} else {
		permit(canPublishOwnService(viewer), 'error.offers.notPeerSupporter');
	}
	const commune = data.postcode ? communeFor(data.postcode, data.communeName) : undefined;
	if (data.postcode && !commune)
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'postcode', message: 'validation.offers.unknownPostcode' }
		]);
	const [row] = await ctx.db
		.insert(peerServices)
		.values({
			organisationId,
			providerId: organisationId ? null : actor.accountId,
			kind: data.kind,
			title: data.title,
			description: data.description,
			formats: data.formats,
			communeCode: commune?.code ?? null,
			communeName: commune?.name ?? null,
			departement: commune?.departement ?? null,
			latitude: commune?.latitude ?? null,
			longitude: commune?.longitude ?? null,
			areaDepartements: data.areaDepartements,
			languages: data.languages,
			accessibility: data.accessibility,
			themes: data.themes,
			priceKind: data.priceKind,
			priceCents: data.priceKind === 'free' ? null : (data.price ?? 0) * 100
		})
		.returning({ id: peerServices.id });
	return { id: row!.id };
}
