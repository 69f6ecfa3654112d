import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { conversationParticipants } from '../../db/schema';
import { blockPerson } from '../matching/block-person';
import { parseInput, requireActor, type Ctx } from '../shared';
import { requireParticipation } from './queries';
import { conversationId } from './schemas';

const BlockConversationPartnerSchema = z.object({
	conversationId,
	/** In a group: which participant. In a 1:1 conversation it is the other person, and may be left out. */
	accountId: z.uuid('validation.invalid').optional()
});

/**
 * Blocks another participant of a conversation: the other person of a 1:1 conversation, or a chosen
 * participant of a group (whose messages the blocker then no longer sees there). The person blocked must
 * take part in the conversation, so one can only block someone one actually talks with here.
 */
export async function blockConversationPartner(
	ctx: Ctx,
	input: z.input<typeof BlockConversationPartnerSchema>
) {
	const actor = requireActor(ctx);
	const command = parseInput(BlockConversationPartnerSchema, input);
	const conversation = await requireParticipation(ctx.db, command.conversationId, actor.accountId);
	const others = await ctx.db
		.select({ accountId: conversationParticipants.accountId })
		.from(conversationParticipants)
		.where(
			and(
				eq(conversationParticipants.conversationId, conversation.id),
				ne(conversationParticipants.accountId, actor.accountId),
				command.accountId ? eq(conversationParticipants.accountId, command.accountId) : undefined
			)
		);
	if (others.length === 1) await blockPerson(ctx, { accountId: others[0]!.accountId });
	return { blocked: others.length === 1 };
}
