import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { conversationParticipants } from '../../db/schema';
import { blockPerson } from '../matching/block-person';
import { parseInput, requireActor, type Ctx } from '../shared';
import { requireParticipation } from './queries';
import { conversationId } from './schemas';

/**
 * Blocks the other participant of a 1:1 conversation. The person blocked is read from the conversation,
 * never from the request, so one can only block someone one actually talks with here.
 */
export async function blockConversationPartner(ctx: Ctx, input: { conversationId: unknown }) {
	const actor = requireActor(ctx);
	const command = parseInput(z.object({ conversationId }), input);
	const conversation = await requireParticipation(ctx.db, command.conversationId, actor.accountId);
	const others = await ctx.db
		.select({ accountId: conversationParticipants.accountId })
		.from(conversationParticipants)
		.where(
			and(
				eq(conversationParticipants.conversationId, conversation.id),
				ne(conversationParticipants.accountId, actor.accountId)
			)
		);
	if (others.length === 1) await blockPerson(ctx, { accountId: others[0]!.accountId });
	return { blocked: others.length === 1 };
}
