import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { accounts, memberships, organisations } from '../../db/schema';
import { coordinatedOrganisationsQuery } from '../organisations/queries';
import { requireActor, type Ctx } from '../shared';

/** A join request waiting for the actor's decision, with the few words the person wrote (if any). */
export interface PendingJoinRequest {
	membershipId: string;
	pseudonym: string;
	message: string | null;
	requestedAt: Date;
	organisation: { id: string; name: string; slug: string };
}

/** The most requests listed at once (oldest first: the longest waiting come first). */
const MOST_LISTED = 100;

/**
 * Join requests waiting in the organisations the actor coordinates (active coordinator), oldest first;
 * optionally in one organisation. Scoped in SQL: someone who coordinates nothing gets an empty list.
 */
export async function listPendingJoinRequests(
	ctx: Ctx,
	options: { organisationId?: string } = {}
): Promise<PendingJoinRequest[]> {
	const actor = requireActor(ctx);
	const coordinated = coordinatedOrganisationsQuery(ctx.db, actor.accountId);
	const rows = await ctx.db
		.select({
			membershipId: memberships.id,
			pseudonym: accounts.pseudonym,
			message: memberships.requestMessage,
			requestedAt: memberships.requestedAt,
			organisationId: organisations.id,
			organisationName: organisations.name,
			organisationSlug: organisations.slug
		})
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(
			and(
				eq(memberships.status, 'pending'),
				inArray(memberships.organisationId, coordinated),
				options.organisationId ? eq(memberships.organisationId, options.organisationId) : sql`true`
			)
		)
		.orderBy(asc(memberships.requestedAt), asc(memberships.id))
		.limit(MOST_LISTED);
	return rows.map((row) => ({
		membershipId: row.membershipId,
		pseudonym: row.pseudonym,
		message: row.message,
		requestedAt: row.requestedAt,
		organisation: { id: row.organisationId, name: row.organisationName, slug: row.organisationSlug }
	}));
}

/** The organisations a person coordinates (active), for their live stream's filter. */
export async function coordinatedOrganisationIds(
	db: DatabaseOrTransaction,
	accountId: string
): Promise<string[]> {
	const rows = await coordinatedOrganisationsQuery(db, accountId);
	return rows.map((row) => row.id);
}
