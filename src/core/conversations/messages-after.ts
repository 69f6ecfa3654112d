import { z } from 'zod';
import { parseInput, requireActor, type Ctx } from '../shared';
import { loadMessages } from './message-view';
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
	const actor = requireActor(ctx);
	const query = parseInput(MessagesAfterSchema, input);
	const conversation = await requireParticipation(ctx.db, query.conversationId, actor.accountId);
	return loadMessages(ctx.db, {
		conversationId: conversation.id,
		viewerId: actor.accountId,
		group: conversation.kind === 'group' ? { joinedAt: conversation.joinedAt } : undefined,
		now: ctx.clock.now(),
		after: query.after,
		limit: query.limit
	});
}
