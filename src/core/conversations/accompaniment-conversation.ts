import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { takesPart } from './queries';
import { conversationParticipants, conversations } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';

/** The id of an accompaniment's conversation when the actor takes part in it; null otherwise. */
export async function accompanimentConversationId(
	ctx: Ctx,
	input: { accompanimentId: unknown }
): Promise<string | null> {
	const actor = requireActor(ctx);
	const { accompanimentId } = parseInput(z.object({ accompanimentId: z.uuid('validation.invalid') }), input);
	const [row] = await ctx.db
		.select({ id: conversations.id })
		.from(conversations)
		.innerJoin(conversationParticipants, takesPart(actor.accountId))
		.where(eq(conversations.accompanimentId, accompanimentId));
	return row?.id ?? null;
}
