import { z } from 'zod';
import { parseInput, requireActor, type Ctx } from '../shared';
import { loadMessages } from './message-view';
import { isGroupKind } from './policy';
import { requireParticipation } from './queries';
import { conversationId } from './schemas';

export const MessagesAfterSchema = z.object({
	conversationId,
	after: z.coerce.number('validation.invalid').int().min(0).optional().default(0),
	limit: z.coerce.number('validation.invalid').int().min(1).max(500).optional().default(200)
});

/**
 * What a participant missed since `after` (a `seq`), oldest first: what the event stream sends after a
 * reconnection (`Last-Event-ID`) and after every wake-up from the bus. The database is the truth.
 */
export async function messagesAfter(ctx: Ctx, input: z.input<typeof MessagesAfterSchema>) {
	const query = parseInput(MessagesAfterSchema, input);
	const reader = await openConversationReader(ctx, { conversationId: query.conversationId });
	return reader.after(query.after, query.limit);
}

/**
 * A participant's reader of one conversation, for an event stream: participation is checked when it
 * opens and again on `refresh()` (the stream calls it when the conversation changes: someone joined or
 * left), not at every message. Blocks and retention are applied by each read, in SQL.
 */
export async function openConversationReader(ctx: Ctx, input: { conversationId: unknown }) {
	const actor = requireActor(ctx);
	const { conversationId: id } = parseInput(MessagesAfterSchema.pick({ conversationId: true }), input);
	let conversation = await requireParticipation(ctx.db, id, actor.accountId);
	return {
		after: (after: number, limit: number) =>
			loadMessages(ctx.db, {
				conversationId: conversation.id,
				viewerId: actor.accountId,
				group: isGroupKind(conversation.kind) ? { joinedAfterSeq: conversation.joinedAfterSeq } : undefined,
				now: ctx.clock.now(),
				after,
				limit
			}),
		/** Checks participation again; NOT_FOUND once the reader left. */
		refresh: async () => {
			conversation = await requireParticipation(ctx.db, id, actor.accountId);
		}
	};
}
