import { communeByCode } from '../directory/places';
import { authorize, parseInput, requireActor, type Ctx } from '../shared';
import { canManageService } from './policy';
import { idSchema } from './schemas';
import { loadOffersViewer } from './viewer';
import { peerServices } from '../../db/schema';
import { eq } from 'drizzle-orm';

/**
 * A service's fields as its edit form shows them (the base commune as a postcode and name, the price in
 * euros), for its provider only, while it is not withdrawn: to anyone else it does not exist here.
 */
export async function serviceToEdit(ctx: Ctx, input: { id: string }) {
	const actor = requireActor(ctx);
	const { id } = parseInput(idSchema, input);
	const [service] = await ctx.db.select().from(peerServices).where(eq(peerServices.id, id));
	const viewer = await loadOffersViewer(ctx.db, actor);
	authorize(service && service.withdrawnAt === null && canManageService(viewer, service));
	const commune = service.communeCode ? await communeByCode(service.communeCode) : undefined;
	return {
		id: service.id,
		hidden: service.hiddenAt !== null,
		values: {
			kind: service.kind,
			title: service.title,
			description: service.description,
			postcode: commune?.postcodes[0] ?? '',
			communeName: service.communeName ?? '',
			areaDepartements: service.areaDepartements.join(' '),
			priceKind: service.priceKind,
			price: service.priceCents === null ? '' : String(service.priceCents / 100)
		},
		lists: {
			formats: service.formats,
			languages: service.languages,
			accessibility: service.accessibility,
			themes: service.themes
		}
	};
}
