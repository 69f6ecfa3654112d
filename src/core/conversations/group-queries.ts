import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { accounts, memberships, organisations } from '../../db/schema';
import { DomainError } from '../shared';
import type { GroupMembership } from './group-policy';
import type { Retention } from './policy';

/** A picker longer than this would be unusable; groups hold 50 people anyway. */
const MAX_LISTED = 500;

export interface GroupOrganisation {
	id: string;
	slug: string;
	name: string;
	defaultRetention: Retention;
}

/** The organisation behind a slug and how the actor belongs to it; NOT_FOUND when the slug is unknown. */
export async function organisationForGroups(
	db: DatabaseOrTransaction,
	where: { slug: string } | { id: string },
	accountId: string
): Promise<{ organisation: GroupOrganisation; membership: GroupMembership }> {
	const [organisation] = await db
		.select({
			id: organisations.id,
			slug: organisations.slug,
			name: organisations.name,
			defaultRetention: organisations.defaultRetention
		})
		.from(organisations)
		.where('slug' in where ? eq(organisations.slug, where.slug) : eq(organisations.id, where.id));
	if (!organisation) throw new DomainError('NOT_FOUND');
	const [membership] = await db
		.select({ role: memberships.role, status: memberships.status })
		.from(memberships)
		.where(and(eq(memberships.organisationId, organisation.id), eq(memberships.accountId, accountId)));
	return {
		organisation: { ...organisation, defaultRetention: organisation.defaultRetention as Retention },
		membership: membership ?? null
	};
}

/**
 * The people the actor may bring into a group of this organisation: its active members, except the actor
 * and anyone in a block with them (either way; a refusal looks the same as for a non-member, so a block
 * stays silent). Members who hid themselves from the member list are offered only to coordinators, who
 * see them anyway. `among` narrows the answer to given accounts (to check a request); `notIn` leaves out
 * the participants of a conversation.
 */
export async function eligibleMembers(
	db: DatabaseOrTransaction,
	options: {
		organisationId: string;
		actorId: string;
		includeHidden: boolean;
		among?: string[];
		notIn?: string;
	}
): Promise<Array<{ accountId: string; pseudonym: string }>> {
	if (options.among && options.among.length === 0) return [];
	return db
		.select({ accountId: accounts.id, pseudonym: accounts.pseudonym })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(
			and(
				eq(memberships.organisationId, options.organisationId),
				eq(memberships.status, 'active'),
				ne(memberships.accountId, options.actorId),
				options.includeHidden ? undefined : eq(memberships.hiddenFromMemberList, false),
				options.among ? inArray(memberships.accountId, options.among) : undefined,
				options.notIn
					? sql`not exists (select 1 from conversation_participants present
						where present.conversation_id = ${options.notIn} and present.account_id = ${memberships.accountId})`
					: undefined,
				sql`not exists (select 1 from blocks where
					(blocks.blocker_id = ${options.actorId} and blocks.blocked_id = ${memberships.accountId})
					or (blocks.blocker_id = ${memberships.accountId} and blocks.blocked_id = ${options.actorId}))`
			)
		)
		.orderBy(asc(accounts.pseudonym))
		.limit(MAX_LISTED);
}

/** The organisations where the actor may open groups: `canOpenGroup`, in SQL. */
export async function organisationsWhereActorOpensGroups(db: DatabaseOrTransaction, accountId: string) {
	return db
		.select({ slug: organisations.slug, name: organisations.name })
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(
			and(
				eq(memberships.accountId, accountId),
				eq(memberships.status, 'active'),
				or(eq(memberships.role, 'coordinator'), eq(memberships.role, 'peer_supporter'))
			)
		)
		.orderBy(asc(organisations.name));
}
