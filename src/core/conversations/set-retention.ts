import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { conversations } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { RETENTIONS } from './policy';
import { requireParticipation } from './queries';
import { conversationId } from './schemas';

export const SetRetentionSchema = z.object({
	conversationId,
	retention: z.enum(RETENTIONS, 'validation.invalid')
});

/**
 * Any participant chooses how long new messages are kept: 24 hours, 7 days, 30 days or always. Messages
 * already written keep the retention they were written under (nobody's words vanish by surprise).
 */
export async function setRetention(ctx: Ctx, input: z.input<typeof SetRetentionSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(SetRetentionSchema, input);
	const conversation = await requireParticipation(ctx.db, command.conversationId, actor.accountId);
	await ctx.db
		.update(conversations)
		.set({ retention: command.retention })
		.where(eq(conversations.id, conversation.id));
	ctx.events.emit({ type: 'conversation.changed', conversationId: conversation.id });
	return { retention: command.retention };
}
