import { peerServices } from '../../db/schema';
import { authorize, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canManageOrganisationOffers, canPublishOwnService } from './policy';
import { organisationBySlug } from './queries';
import { PublishServiceSchema, type PublishServiceInput } from './schemas';
import { serviceColumns } from './service-columns';
import { loadOffersViewer } from './viewer';

/**
 * Publishes a service in the actor's name (an active peer supporter) or an organisation's (its
 * coordinators).
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
	const [row] = await ctx.db
		.insert(peerServices)
		.values({
			organisationId,
			providerId: organisationId ? null : actor.accountId,
			...(await serviceColumns(data))
		})
		.returning({ id: peerServices.id });
	return { id: row!.id };
}
