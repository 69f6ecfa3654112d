import { and, eq, inArray, max } from 'drizzle-orm';
import type { Transaction } from '../../db/client';
import { conversationParticipants, conversations, messages } from '../../db/schema';

/**
 * The group's own conversation follows its active members: these helpers are the only places that put
 * people in or take them out, always inside the transaction that changes their place in the group.
 */

/**
 * Brings a person who just became active into the group's conversation. The conversation row is locked
 * (send-message locks it too) so that the newcomer reads what is written from now on, not before.
 */
export async function enterGroupConversation(
	tx: Transaction,
	conversationId: string | null,
	accountId: string,
	now: Date
): Promise<boolean> {
	if (!conversationId) return false;
	await tx
		.select({ id: conversations.id })
		.from(conversations)
		.where(eq(conversations.id, conversationId))
		.for('update');
	const [latest] = await tx
		.select({ seq: max(messages.seq) })
		.from(messages)
		.where(eq(messages.conversationId, conversationId));
	const inserted = await tx
		.insert(conversationParticipants)
		.values({
			conversationId,
			accountId,
			joinedAt: now,
			lastReadSeq: latest?.seq ?? 0,
			joinedAfterSeq: latest?.seq ?? 0
		})
		.onConflictDoNothing()
		.returning({ accountId: conversationParticipants.accountId });
	return inserted.length > 0;
}

/**
 * Takes people out of the group's conversation. Unlike a group conversation's last participant leaving,
 * the conversation stays: it belongs to the group, and the next member reads on from there.
 */
export async function leaveGroupConversation(
	tx: Transaction,
	conversationId: string | null,
	accountIds: string[]
): Promise<string[]> {
	if (!conversationId || accountIds.length === 0) return [];
	const removed = await tx
		.delete(conversationParticipants)
		.where(
			and(
				eq(conversationParticipants.conversationId, conversationId),
				inArray(conversationParticipants.accountId, accountIds)
			)
		)
		.returning({ accountId: conversationParticipants.accountId });
	return removed.map((row) => row.accountId);
}
