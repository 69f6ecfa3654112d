import { and, asc, eq } from 'drizzle-orm';
import { memberships, organisations } from '../../db/schema';
import { requireActor, type Ctx } from '../shared';

/** The organisations the actor coordinates (for whom they publish services and offers), by name. */
export async function coordinatedOrganisations(ctx: Ctx) {
	const actor = requireActor(ctx);
	return ctx.db
		.select({ slug: organisations.slug, name: organisations.name })
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(
			and(
				eq(memberships.accountId, actor.accountId),
				eq(memberships.status, 'active'),
				eq(memberships.role, 'coordinator')
			)
		)
		.orderBy(asc(organisations.name));
}
