import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { conversationParticipants } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { checkbox } from '../matching/schemas';
import { requireParticipation } from './queries';
import { conversationId } from './schemas';

export const SetMutedSchema = z.object({ conversationId, muted: checkbox });

/** A participant mutes a conversation: its messages no longer count in the header's badge. */
export async function setMuted(ctx: Ctx, input: z.input<typeof SetMutedSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(SetMutedSchema, input);
	const conversation = await requireParticipation(ctx.db, command.conversationId, actor.accountId);
	await ctx.db
		.update(conversationParticipants)
		.set({ muted: command.muted })
		.where(
			and(
				eq(conversationParticipants.conversationId, conversation.id),
				eq(conversationParticipants.accountId, actor.accountId)
			)
		);
	return { muted: command.muted };
}
