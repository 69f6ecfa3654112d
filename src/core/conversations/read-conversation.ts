import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, conversationParticipants } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { loadMessages } from './message-view';
import { canLeaveConversation } from './group-policy';
import { canWrite, isGroupKind } from './policy';
import { requireParticipation } from './queries';
import { conversationId } from './schemas';

export const ReadConversationSchema = z.object({
	conversationId,
	/** Cursor: only messages older than this `seq` (the previous page's `nextBefore`). */
	before: z.coerce.number('validation.invalid').int().positive().optional(),
	limit: z.coerce.number('validation.invalid').int().min(1).max(200).optional().default(50)
});

/**
 * A page of a conversation for one of its participants, newest last; `unreadFrom` says where the new
 * messages start. Reading writes nothing (STYLE rule 21): `readUpTo` says where the reader's last-read
 * marker should move (the latest page, when it shows something new), and the caller records it in a
 * batch (`PresenceTracker.view`).
 */
export async function readConversation(ctx: Ctx, input: z.input<typeof ReadConversationSchema>) {
	const actor = requireActor(ctx);
	const query = parseInput(ReadConversationSchema, input);
	const conversation = await requireParticipation(ctx.db, query.conversationId, actor.accountId);
	const now = ctx.clock.now();
	const [page, participants] = await Promise.all([
		loadMessages(ctx.db, {
			conversationId: conversation.id,
			viewerId: actor.accountId,
			group: isGroupKind(conversation.kind) ? { joinedAfterSeq: conversation.joinedAfterSeq } : undefined,
			now,
			before: query.before,
			limit: query.limit + 1
		}),
		ctx.db
			.select({ accountId: accounts.id, pseudonym: accounts.pseudonym })
			.from(conversationParticipants)
			.innerJoin(accounts, eq(accounts.id, conversationParticipants.accountId))
			.where(eq(conversationParticipants.conversationId, conversation.id))
	]);
	const hasMore = page.length > query.limit;
	const shown = hasMore ? page.slice(1) : page;
	const newest = shown.at(-1)?.seq ?? 0;
	return {
		conversation: {
			id: conversation.id,
			kind: conversation.kind,
			accompanimentId: conversation.accompanimentId,
			organisationId: conversation.organisationId,
			title: conversation.title,
			createdByMe: conversation.createdBy === actor.accountId,
			retention: conversation.retention,
			muted: conversation.muted,
			writable: canWrite(conversation) && !conversation.charterPending,
			/** A charter to accept (the group's or the organisation's) before writing again. */
			charterPending: conversation.charterPending,
			// Erasing an account deletes its accompaniments; the conversation stays readable, closed for writing.
			otherErased: conversation.kind === 'accompaniment' && conversation.accompanimentId === null,
			canLeave: canLeaveConversation(conversation.kind)
		},
		// A group's member list is hidden by default: in its own conversation, only authors' names show.
		participants: participants
			.filter((person) => conversation.kind !== 'peer_group' || person.accountId === actor.accountId)
			.map((person) => ({ ...person, isMe: person.accountId === actor.accountId })),
		messages: shown,
		unreadFrom: conversation.lastReadSeq,
		readUpTo: query.before === undefined && newest > conversation.lastReadSeq ? newest : null,
		nextBefore: hasMore ? (shown[0]?.seq ?? null) : null
	};
}
