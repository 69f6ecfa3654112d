import { and, asc, eq } from 'drizzle-orm';
import { memberships, organisations } from '../../db/schema';
import { requireActor, type Ctx } from '../shared';

/**
 * What the write form offers its author: the organisations they are an active member of (the audience
 * "my organisation" and the public web are chosen among them; the public web only where it is allowed).
 */
export async function contributionForm(ctx: Ctx) {
	const actor = requireActor(ctx);
	const rows = await ctx.db
		.select({
			id: organisations.id,
			name: organisations.name,
			knowledgePublic: organisations.knowledgePublic
		})
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(and(eq(memberships.accountId, actor.accountId), eq(memberships.status, 'active')))
		.orderBy(asc(organisations.name));
	return { organisations: rows };
}
