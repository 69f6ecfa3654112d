import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { accompaniments, blocks, contactRequests, experiences, memberships } from '../../db/schema';
import { DomainError } from '../shared';

/** A help request's status once a moderation decision hid it (decide-report.ts; an appeal reopens it). */
export const HIDDEN = 'hidden';

/**
 * A contact request still shows its help request to the supporter unless a moderation decision hid it
 * (one made without a help request, or whose request was erased, has none to hide).
 */
export const helpRequestNotHidden = sql`not exists (select 1 from help_requests hidden
	where hidden.id = ${contactRequests.helpRequestId} and hidden.status = ${HIDDEN})`;

/** Roles of the person's active memberships. */
export async function activeRoles(db: DatabaseOrTransaction, accountId: string): Promise<string[]> {
	const rows = await db
		.select({ role: memberships.role })
		.from(memberships)
		.where(and(eq(memberships.accountId, accountId), eq(memberships.status, 'active')));
	return rows.map((row) => row.role);
}

/** Checks that every id is an approved vocabulary entry; INVALID on `field` otherwise. */
export async function assertKnownExperiences(
	db: DatabaseOrTransaction,
	ids: readonly string[],
	field: string
) {
	if (ids.length === 0) return;
	const rows = await db
		.select({ id: experiences.id })
		.from(experiences)
		.where(and(inArray(experiences.id, [...ids]), eq(experiences.status, 'approved')));
	if (rows.length !== new Set(ids).size) {
		throw new DomainError('INVALID', 'error.invalid', [{ field, message: 'validation.experience' }]);
	}
}

/** True when either person blocked the other. */
export async function isBlockedPair(
	db: DatabaseOrTransaction,
	first: string,
	second: string
): Promise<boolean> {
	const [row] = await db
		.select({ found: sql<number>`1` })
		.from(blocks)
		.where(
			or(
				and(eq(blocks.blockerId, first), eq(blocks.blockedId, second)),
				and(eq(blocks.blockerId, second), eq(blocks.blockedId, first))
			)
		)
		.limit(1);
	return row !== undefined;
}

/** Open accompaniments of a supporter: their current load. */
export async function openAccompanimentCount(
	db: DatabaseOrTransaction,
	supporterId: string
): Promise<number> {
	const [row] = await db
		.select({ count: sql<number>`count(*)::int` })
		.from(accompaniments)
		.where(and(eq(accompaniments.supporterId, supporterId), eq(accompaniments.status, 'open')));
	return row?.count ?? 0;
}

/** What the vocabulary policies need to know about the actor. */
export async function vocabularyFacts(
	db: DatabaseOrTransaction,
	actor: { accountId: string; isInstanceAdmin: boolean }
) {
	return { isInstanceAdmin: actor.isInstanceAdmin, activeRoles: await activeRoles(db, actor.accountId) };
}

/**
 * Ends, inside the caller's transaction, the open accompaniments a person takes part in (either side)
 * whose conversation belongs to an organisation they no longer belong to: as `endAccompaniment` does
 * (status, date, who ended it), so the other side sees it ended and capacity frees up. Returns their ids.
 */
export async function endAccompanimentsInOrganisation(
	tx: DatabaseOrTransaction,
	options: { organisationId: string; accountId: string; endedBy: string | null; now: Date }
): Promise<string[]> {
	const ended = await tx
		.update(accompaniments)
		.set({ status: 'ended', endedAt: options.now, endedBy: options.endedBy })
		.where(
			and(
				eq(accompaniments.status, 'open'),
				or(
					eq(accompaniments.requesterId, options.accountId),
					eq(accompaniments.supporterId, options.accountId)
				),
				sql`exists (select 1 from conversations
					where conversations.accompaniment_id = ${accompaniments.id}
					and conversations.organisation_id = ${options.organisationId})`
			)
		)
		.returning({ id: accompaniments.id });
	return ended.map((row) => row.id);
}
