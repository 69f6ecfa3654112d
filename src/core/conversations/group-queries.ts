import { and, asc, eq, inArray, ne, notExists, or, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction, Transaction } from '../../db/client';
import {
	accounts,
	conversationParticipants,
	conversations,
	memberships,
	organisations
} from '../../db/schema';
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

/**
 * Locks, until the caller's transaction ends, these people's membership rows in an organisation: the rows
 * `endMembership` deletes, which takes the same lock. A removal under way is waited for (and the row is
 * then gone); a removal that comes later waits for the caller's commit, and then takes the person out of
 * whatever the caller brought them into.
 */
export async function lockMemberships(
	tx: Transaction,
	organisationId: string,
	accountIds: readonly string[]
): Promise<void> {
	await tx
		.select({ id: memberships.id })
		.from(memberships)
		.where(
			and(eq(memberships.organisationId, organisationId), inArray(memberships.accountId, [...accountIds]))
		)
		.orderBy(asc(memberships.id))
		.for('share');
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

/**
 * Takes a person out of conversations, inside the caller's transaction: their participation goes, so they
 * no longer read, receive or write there (NOT_FOUND from then on). A conversation nobody is left in is
 * deleted, since nobody could ever read it again. Returns the conversations they were taken out of.
 */
export async function removeParticipant(
	tx: Transaction,
	accountId: string,
	conversationIds: readonly string[]
): Promise<string[]> {
	if (conversationIds.length === 0) return [];
	const removed = await tx
		.delete(conversationParticipants)
		.where(
			and(
				eq(conversationParticipants.accountId, accountId),
				inArray(conversationParticipants.conversationId, [...conversationIds])
			)
		)
		.returning({ conversationId: conversationParticipants.conversationId });
	const left = removed.map((row) => row.conversationId);
	if (left.length === 0) return [];
	await tx.delete(conversations).where(
		and(
			inArray(conversations.id, left),
			notExists(
				tx
					.select({ one: sql`1` })
					.from(conversationParticipants)
					.where(eq(conversationParticipants.conversationId, conversations.id))
			)
		)
	);
	return left;
}

/**
 * Takes a person out of every group conversation of an organisation (they are no longer one of its
 * members). Every group of the organisation is locked first, in a stable order: an addition to a group
 * locks the same row before checking that the newcomers are members, so it either commits before this
 * (and its newcomer is taken out here) or checks after this commits (and finds them no longer a member).
 */
export async function leaveOrganisationGroups(
	tx: Transaction,
	organisationId: string,
	accountId: string
): Promise<string[]> {
	const groups = await tx
		.select({ id: conversations.id })
		.from(conversations)
		.where(and(eq(conversations.organisationId, organisationId), eq(conversations.kind, 'group')))
		.orderBy(asc(conversations.id))
		.for('update');
	return removeParticipant(
		tx,
		accountId,
		groups.map((group) => group.id)
	);
}
