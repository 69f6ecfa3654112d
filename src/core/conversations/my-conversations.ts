import { and, desc, eq, gt, isNull, ne, notInArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { accounts, accompaniments, conversationParticipants, conversations, messages } from '../../db/schema';
import { requireActor, type Ctx } from '../shared';
import { notFromBlockedAuthor } from './message-view';

const unreadFor = (accountId: string, now: Date) => sql<number>`(
	select count(*)::int from ${messages}
	where ${messages.conversationId} = ${conversations.id}
		and ${messages.seq} > ${conversationParticipants.lastReadSeq}
		and ${messages.deletedAt} is null
		and (${messages.authorId} is null or ${messages.authorId} <> ${accountId})
		and (${messages.expiresAt} is null or ${messages.expiresAt} > ${now.toISOString()}::timestamptz)
		and (${conversations.kind} not in ('group', 'peer_group') or (${messages.seq} > ${conversationParticipants.joinedAfterSeq}
			and ${notFromBlockedAuthor(accountId)})))`;

/**
 * The actor's conversations, most recent activity first, with who is on the other side and unread counts.
 * A conversation whose other person erased their account stays, closed, with its start date to tell it
 * from others with "membre supprimé".
 */
export async function myConversations(ctx: Ctx) {
	const actor = requireActor(ctx);
	const now = ctx.clock.now();
	const others = sql<string[]>`coalesce((
		select array_agg(${accounts.pseudonym} order by ${accounts.pseudonym})
		from conversation_participants other join ${accounts} on ${accounts.id} = other.account_id
		where other.conversation_id = ${conversations.id} and other.account_id <> ${actor.accountId}), '{}')`;
	const othersCount = sql`(select count(*) from conversation_participants other
		where other.conversation_id = ${conversations.id} and other.account_id <> ${actor.accountId})`;
	const lastMessageAt = sql<Date | null>`(select max(${messages.createdAt}) from ${messages} where ${messages.conversationId} = ${conversations.id})`;
	const rows = await ctx.db
		.select({
			id: conversations.id,
			kind: conversations.kind,
			accompanimentId: conversations.accompanimentId,
			/** Groups only: the name chosen when the group was opened. */
			title: conversations.title,
			open: sql<boolean>`case when ${conversations.kind} = 'accompaniment'
				then coalesce(${accompaniments.status} = 'open', false)
				when ${conversations.kind} = 'direct' then ${othersCount} > 0 else true end`,
			others,
			// Erasing an account deletes its accompaniments: the conversation stays, readable and closed.
			otherErased: sql<boolean>`${conversations.kind} = 'accompaniment' and ${conversations.accompanimentId} is null`,
			unread: unreadFor(actor.accountId, now),
			lastMessageAt,
			createdAt: conversations.createdAt
		})
		.from(conversationParticipants)
		.innerJoin(conversations, eq(conversations.id, conversationParticipants.conversationId))
		.leftJoin(accompaniments, eq(accompaniments.id, conversations.accompanimentId))
		.where(eq(conversationParticipants.accountId, actor.accountId))
		.orderBy(desc(sql`coalesce(${lastMessageAt}, ${conversations.createdAt})`));
	return rows.map((row) => ({
		...row,
		// A group's member list is hidden by default (members see a count): no names for its conversation.
		others: row.kind === 'peer_group' ? [] : row.others,
		participantCount: row.others.length + 1,
		lastMessageAt: row.lastMessageAt ? new Date(row.lastMessageAt) : null
	}));
}

/**
 * What makes a message unread for `viewerId` (an id, or a column when many people are looked at in one
 * query), over `messages` joined to the viewer's row in `conversation_participants` (see
 * `unreadParticipantJoin`) and to `conversations`: after their read mark, not theirs, not deleted nor
 * expired, and in groups only after the `seq` they joined at and never from someone they blocked. The
 * header's badge and the email digest share it, so they never disagree.
 */
export function unreadMessageCondition(viewerId: string | AnyColumn, now: Date): SQL {
	return and(
		gt(messages.seq, conversationParticipants.lastReadSeq),
		isNull(messages.deletedAt),
		or(isNull(messages.authorId), ne(messages.authorId, viewerId)),
		or(isNull(messages.expiresAt), gt(messages.expiresAt, now)),
		or(
			notInArray(conversations.kind, ['group', 'peer_group']),
			and(gt(messages.seq, conversationParticipants.joinedAfterSeq), notFromBlockedAuthor(viewerId))
		)
	)!;
}

/** The viewer's participation in a message's conversation, muted conversations left out. */
export function unreadParticipantJoin(viewerId: string | AnyColumn): SQL {
	return and(
		eq(conversationParticipants.conversationId, messages.conversationId),
		eq(conversationParticipants.accountId, viewerId),
		eq(conversationParticipants.muted, false)
	)!;
}

/** How many messages wait for the actor across unmuted conversations: the header's badge. */
export async function unreadMessageCount(ctx: Ctx): Promise<number> {
	const actor = requireActor(ctx);
	const [row] = await ctx.db
		.select({ count: sql<number>`count(*)::int` })
		.from(messages)
		.innerJoin(conversationParticipants, unreadParticipantJoin(actor.accountId))
		.innerJoin(conversations, eq(conversations.id, messages.conversationId))
		.where(unreadMessageCondition(actor.accountId, ctx.clock.now()));
	return row?.count ?? 0;
}
