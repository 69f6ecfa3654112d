import { asc, inArray } from 'drizzle-orm';
import { organisations } from '../../db/schema';
import { coordinatedOrganisationsQuery } from '../organisations/queries';
import { requireActor, type Ctx } from '../shared';

/** The organisations the actor coordinates (for whom they publish services and offers), by name. */
export async function coordinatedOrganisations(ctx: Ctx) {
	const actor = requireActor(ctx);
	return ctx.db
		.select({ slug: organisations.slug, name: organisations.name })
		.from(organisations)
		.where(inArray(organisations.id, coordinatedOrganisationsQuery(ctx.db, actor.accountId)))
		.orderBy(asc(organisations.name));
}
