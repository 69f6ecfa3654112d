import { and, asc, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DatabaseOrTransaction } from '../../db/client';
import { reusable } from '../../db/reusable';
import {
	accompaniments,
	conversationParticipants,
	conversations,
	memberships,
	organisations
} from '../../db/schema';
import { DomainError } from '../shared';
import type { Retention } from './policy';

export interface ConversationFacts {
	id: string;
	kind: string;
	retention: Retention;
	accompanimentId: string | null;
	accompanimentStatus: string | null;
	/** Where the conversation happens (groups always; others when opened through an organisation). */
	organisationId: string | null;
	/** Groups only. */
	title: string | null;
	createdBy: string | null;
	lastReadSeq: number;
	muted: boolean;
	joinedAt: Date;
	/** Groups: the participant reads messages whose `seq` is above this one. */
	joinedAfterSeq: number;
	/** The actor and another participant blocked one another (either way). */
	blocked: boolean;
	/** How many other people still take part. */
	others: number;
	/**
	 * Direct conversations only (false otherwise): the actor and the other participant are still both
	 * active members of some organisation, whatever their roles there.
	 */
	sharesOrganisation: boolean;
	/**
	 * A charter the actor has yet to accept before writing here: 'group' (the group's own conversation, and
	 * its charter changed since they accepted it, or they are no longer active in it), 'organisation' (the
	 * conversation's organisation changed its charter since they accepted it), or null.
	 */
	charterPending: 'group' | 'organisation' | null;
}

/**
 * In SQL: some other participant of the conversation and the person are both active members of one
 * organisation. A direct conversation is written in only while it holds (policy.ts `canWrite`), read at
 * each send, so a removal made by another process counts at once.
 */
export function sharesOrganisationWithOther(conversationId: SQLWrapper, accountId: unknown): SQL {
	return sql`exists (select 1 from conversation_participants other
		join memberships theirs on theirs.account_id = other.account_id and theirs.status = 'active'
		join memberships mine on mine.organisation_id = theirs.organisation_id
			and mine.account_id = ${accountId} and mine.status = 'active'
		where other.conversation_id = ${conversationId} and other.account_id <> ${accountId})`;
}

// Every send and every event stream runs this: built once per database handle.
const participation = reusable((db) => {
	const accountId = sql.placeholder('accountId');
	return db
		.select({
			id: conversations.id,
			kind: conversations.kind,
			retention: conversations.retention,
			accompanimentId: conversations.accompanimentId,
			accompanimentStatus: accompaniments.status,
			organisationId: conversations.organisationId,
			title: conversations.title,
			createdBy: conversations.createdBy,
			lastReadSeq: conversationParticipants.lastReadSeq,
			muted: conversationParticipants.muted,
			joinedAt: conversationParticipants.joinedAt,
			joinedAfterSeq: conversationParticipants.joinedAfterSeq,
			others: sql<number>`(select count(*)::int from conversation_participants other
				where other.conversation_id = ${conversations.id} and other.account_id <> ${accountId})`,
			blocked: sql<boolean>`exists (
				select 1 from conversation_participants other
				join blocks on (blocks.blocker_id = ${accountId} and blocks.blocked_id = other.account_id)
					or (blocks.blocker_id = other.account_id and blocks.blocked_id = ${accountId})
				where other.conversation_id = ${conversations.id} and other.account_id <> ${accountId})`,
			// Only direct conversations pay for it: the others never depend on it.
			sharesOrganisation: sql<boolean>`case when ${conversations.kind} = 'direct'
				then ${sharesOrganisationWithOther(conversations.id, accountId)} else false end`,
			// Read at each send, so an acceptance (or a new version) in another process counts at once.
			charterPending: sql<'group' | 'organisation' | null>`case
				when ${conversations.kind} = 'peer_group' and not exists (
					select 1 from group_members mine join peer_groups on peer_groups.id = mine.group_id
					where peer_groups.conversation_id = ${conversations.id} and mine.account_id = ${accountId}
						and mine.status = 'active' and mine.charter_version_accepted = peer_groups.charter_version)
					then 'group'
				when ${conversations.organisationId} is not null and exists (
					select 1 from memberships mine join organisations on organisations.id = mine.organisation_id
					where mine.organisation_id = ${conversations.organisationId} and mine.account_id = ${accountId}
						and mine.status = 'active' and mine.charter_version_accepted < organisations.charter_version)
					then 'organisation'
				else null end`
		})
		.from(conversations)
		.innerJoin(conversationParticipants, takesPart(accountId))
		.leftJoin(accompaniments, eq(accompaniments.id, conversations.accompanimentId))
		.where(eq(conversations.id, sql.placeholder('conversationId')))
		.prepare('require_participation');
});

/** Join condition: the participant row of `accountId` in the conversation (they take part in it). */
export function takesPart(accountId: string | ReturnType<typeof sql.placeholder>): SQL | undefined {
	return and(
		eq(conversationParticipants.conversationId, conversations.id),
		eq(conversationParticipants.accountId, accountId)
	);
}

/**
 * The conversation as seen by one of its participants. Anyone else gets NOT_FOUND, whether it exists or
 * not: guessing an id tells nothing.
 */
export async function requireParticipation(
	db: DatabaseOrTransaction,
	conversationId: string,
	accountId: string
): Promise<ConversationFacts> {
	const [row] = await participation(db).execute({ conversationId, accountId });
	if (!row) throw new DomainError('NOT_FOUND');
	return row as ConversationFacts;
}

/**
 * Inside the caller's transaction, once the person's membership of an organisation is gone: their direct
 * conversations with someone still active there with whom they now share no organisation at all. Those
 * just closed for writing (`canWrite`): their streams are told (`conversation.changed`).
 */
export async function directConversationsClosedByLeaving(
	tx: DatabaseOrTransaction,
	organisationId: string,
	accountId: string
): Promise<string[]> {
	const rows = await tx
		.select({ id: conversations.id })
		.from(conversations)
		.innerJoin(conversationParticipants, takesPart(accountId))
		.where(
			and(
				eq(conversations.kind, 'direct'),
				sql`exists (select 1 from conversation_participants other
					join memberships theirs on theirs.account_id = other.account_id
					where other.conversation_id = ${conversations.id} and other.account_id <> ${accountId}
						and theirs.organisation_id = ${organisationId} and theirs.status = 'active')`,
				sql`not ${sharesOrganisationWithOther(conversations.id, accountId)}`
			)
		);
	return rows.map((row) => row.id);
}

/**
 * An organisation both people belong to (active), the oldest first so the choice is stable; with
 * `secondRole`, one where the second person has that role. Null when they share none.
 */
export async function sharedOrganisation(
	db: DatabaseOrTransaction,
	firstId: string,
	secondId: string,
	secondRole?: string
): Promise<{ id: string; defaultRetention: Retention } | null> {
	const first = alias(memberships, 'first');
	const second = alias(memberships, 'second');
	const [row] = await db
		.select({ id: organisations.id, defaultRetention: organisations.defaultRetention })
		.from(organisations)
		.innerJoin(first, eq(first.organisationId, organisations.id))
		.innerJoin(second, eq(second.organisationId, organisations.id))
		.where(
			and(
				eq(first.accountId, firstId),
				eq(first.status, 'active'),
				eq(second.accountId, secondId),
				eq(second.status, 'active'),
				secondRole === undefined ? undefined : eq(second.role, secondRole)
			)
		)
		.orderBy(asc(organisations.createdAt), asc(organisations.id))
		.limit(1);
	return row ? { id: row.id, defaultRetention: row.defaultRetention as Retention } : null;
}

/**
 * Opens the conversation of a new accompaniment, with both parties, inside the caller's transaction. It
 * belongs to an organisation where the supporter supports and the requester is a member, if there is one,
 * and starts with that organisation's default retention.
 */
export async function createAccompanimentConversation(
	tx: DatabaseOrTransaction,
	accompaniment: { id: string; requesterId: string; supporterId: string },
	now: Date
): Promise<string> {
	const organisation = await sharedOrganisation(
		tx,
		accompaniment.requesterId,
		accompaniment.supporterId,
		'peer_supporter'
	);
	const [created] = await tx
		.insert(conversations)
		.values({
			kind: 'accompaniment',
			accompanimentId: accompaniment.id,
			organisationId: organisation?.id ?? null,
			retention: organisation?.defaultRetention ?? 'never',
			createdAt: now
		})
		.returning({ id: conversations.id });
	await tx.insert(conversationParticipants).values(
		[accompaniment.requesterId, accompaniment.supporterId].map((accountId) => ({
			conversationId: created!.id,
			accountId,
			joinedAt: now
		}))
	);
	return created!.id;
}
