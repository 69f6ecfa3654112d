import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { directoryListings, organisations, peerServices } from '../../db/schema';
import { canManageOrganisationOffers } from '../offers/policy';
import { loadOffersViewer } from '../offers/viewer';
import { parseInput, type Ctx } from '../shared';

/**
 * An organisation's directory entry and published services, for its public page: the entry when it is
 * published (its coordinators also see an unpublished one, to edit it). Null when there is none to show.
 */
export async function getDirectoryListing(ctx: Ctx, input: { slug: string }) {
	const { slug } = parseInput(z.object({ slug: z.string().min(1).max(100) }), input);
	const [row] = await ctx.db
		.select({ organisationId: organisations.id, name: organisations.name, listing: directoryListings })
		.from(organisations)
		.leftJoin(directoryListings, eq(directoryListings.organisationId, organisations.id))
		.where(eq(organisations.slug, slug));
	if (!row) return null;
	const viewer = await loadOffersViewer(ctx.db, ctx.actor);
	const manages = canManageOrganisationOffers(viewer, row.organisationId);
	const services = await ctx.db
		.select({
			id: peerServices.id,
			title: peerServices.title,
			kind: peerServices.kind,
			priceKind: peerServices.priceKind
		})
		.from(peerServices)
		.where(and(eq(peerServices.organisationId, row.organisationId), eq(peerServices.published, true)));
	const listing = row.listing && (row.listing.published || manages) ? row.listing : null;
	return { name: row.name, listing, services, manages };
}
