import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import {
	accompaniments,
	accounts,
	conversations,
	memberships,
	organisations,
	supporterOffers
} from '../../db/schema';

/**
 * The supporter's open accompaniments, each with its organisation (that of its conversation) and the
 * other active peer supporters of that organisation who could take it over: not away (pause, cool-down),
 * not the person themselves, not blocked by or blocking the person.
 */
export async function openAccompanimentsWithCandidates(
	db: DatabaseOrTransaction,
	supporterId: string,
	now: Date
) {
	const open = await db
		.select({
			accompanimentId: accompaniments.id,
			requesterId: accompaniments.requesterId,
			requester: accounts.pseudonym,
			organisationId: conversations.organisationId,
			organisation: organisations.name,
			/** Already proposed to someone else: the person's answer is awaited. */
			pending: sql<boolean>`exists (select 1 from accompaniment_handovers h
				where h.accompaniment_id = ${accompaniments.id} and h.status = 'proposed')`
		})
		.from(accompaniments)
		.innerJoin(accounts, eq(accounts.id, accompaniments.requesterId))
		.leftJoin(conversations, eq(conversations.accompanimentId, accompaniments.id))
		.leftJoin(organisations, eq(organisations.id, conversations.organisationId))
		.where(and(eq(accompaniments.supporterId, supporterId), eq(accompaniments.status, 'open')))
		.orderBy(asc(accompaniments.openedAt));
	return Promise.all(
		open.map(async (row) => ({
			...row,
			candidates: row.organisationId
				? await candidatesFor(db, row.organisationId, supporterId, row.requesterId, now)
				: []
		}))
	);
}

export async function candidatesFor(
	db: DatabaseOrTransaction,
	organisationId: string,
	supporterId: string,
	requesterId: string,
	now: Date
) {
	return db
		.select({ accountId: accounts.id, pseudonym: accounts.pseudonym })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.innerJoin(supporterOffers, eq(supporterOffers.accountId, memberships.accountId))
		.where(
			and(
				eq(memberships.organisationId, organisationId),
				eq(memberships.role, 'peer_supporter'),
				eq(memberships.status, 'active'),
				ne(memberships.accountId, supporterId),
				ne(memberships.accountId, requesterId),
				eq(supporterOffers.paused, false),
				sql`(${supporterOffers.pausedUntil} is null or ${supporterOffers.pausedUntil} <= ${now.toISOString()}::timestamptz)`,
				sql`not exists (select 1 from blocks b where (b.blocker_id = ${requesterId} and b.blocked_id = ${memberships.accountId})
					or (b.blocker_id = ${memberships.accountId} and b.blocked_id = ${requesterId}))`
			)
		)
		.orderBy(asc(accounts.pseudonym));
}
