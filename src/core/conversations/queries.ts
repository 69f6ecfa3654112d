import { and, eq, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { accompaniments, conversationParticipants, conversations } from '../../db/schema';
import { DomainError } from '../shared';
import type { Retention } from './policy';

export interface ConversationFacts {
	id: string;
	kind: string;
	retention: Retention;
	accompanimentId: string | null;
	accompanimentStatus: string | null;
	lastReadSeq: number;
	muted: boolean;
	/** The actor and another participant blocked one another (either way). */
	blocked: boolean;
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
	const [row] = await db
		.select({
			id: conversations.id,
			kind: conversations.kind,
			retention: conversations.retention,
			accompanimentId: conversations.accompanimentId,
			accompanimentStatus: accompaniments.status,
			lastReadSeq: conversationParticipants.lastReadSeq,
			muted: conversationParticipants.muted,
			blocked: sql<boolean>`exists (
				select 1 from conversation_participants other
				join blocks on (blocks.blocker_id = ${accountId} and blocks.blocked_id = other.account_id)
					or (blocks.blocker_id = other.account_id and blocks.blocked_id = ${accountId})
				where other.conversation_id = ${conversations.id} and other.account_id <> ${accountId})`
		})
		.from(conversations)
		.innerJoin(
			conversationParticipants,
			and(
				eq(conversationParticipants.conversationId, conversations.id),
				eq(conversationParticipants.accountId, accountId)
			)
		)
		.leftJoin(accompaniments, eq(accompaniments.id, conversations.accompanimentId))
		.where(eq(conversations.id, conversationId));
	if (!row) throw new DomainError('NOT_FOUND');
	return row as ConversationFacts;
}

/** Opens the conversation of a new accompaniment, with both parties, inside the caller's transaction. */
export async function createAccompanimentConversation(
	tx: DatabaseOrTransaction,
	accompaniment: { id: string; requesterId: string; supporterId: string },
	now: Date
): Promise<string> {
	const [created] = await tx
		.insert(conversations)
		.values({ kind: 'accompaniment', accompanimentId: accompaniment.id, createdAt: now })
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
