import { asc, eq } from 'drizzle-orm';
import { memberships, organisations } from '../../db/schema';
import { requireActor, type Ctx } from '../shared';
import type { JoinPolicy, MembershipStatus, OrganisationKind, Role } from './vocabulary';

/** Every organisation of the instance: their public description is public by design. */
export async function listOrganisations(ctx: Ctx) {
	const rows = await ctx.db
		.select({
			slug: organisations.slug,
			name: organisations.name,
			kind: organisations.kind,
			city: organisations.city,
			description: organisations.description,
			joinPolicy: organisations.joinPolicy
		})
		.from(organisations)
		.orderBy(asc(organisations.name));
	return rows as Array<(typeof rows)[number] & { kind: OrganisationKind; joinPolicy: JoinPolicy }>;
}

/** The signed-in person's memberships, pending requests included. */
export async function listMyMemberships(ctx: Ctx) {
	const actor = requireActor(ctx);
	const rows = await ctx.db
		.select({
			membershipId: memberships.id,
			slug: organisations.slug,
			name: organisations.name,
			kind: organisations.kind,
			role: memberships.role,
			status: memberships.status,
			hiddenFromMemberList: memberships.hiddenFromMemberList
		})
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(eq(memberships.accountId, actor.accountId))
		.orderBy(asc(organisations.name));
	return rows as Array<
		(typeof rows)[number] & { kind: OrganisationKind; role: Role; status: MembershipStatus }
	>;
}
