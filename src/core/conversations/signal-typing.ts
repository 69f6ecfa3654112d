import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { conversationParticipants } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canWrite } from './policy';
import { requireParticipation } from './queries';
import { conversationId } from './schemas';
import { typingWindow } from './typing-limit';

export const SignalTypingSchema = z.object({ conversationId });

/**
 * A participant is typing in a conversation that can be written in. Only if they show their presence here
 * (typing reveals activity: the same choice) do the others hear of it, through an ephemeral
 * `conversation.typing` event that is never stored; otherwise nothing happens. At most 30 a minute.
 */
export async function signalTyping(ctx: Ctx, input: z.input<typeof SignalTypingSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(SignalTypingSchema, input);
	const conversation = await requireParticipation(ctx.db, command.conversationId, actor.accountId);
	if (!canWrite(conversation)) throw new DomainError('CONFLICT', 'error.conversationClosed');
	if (!typingWindow.allow(actor.accountId, ctx.clock.now()))
		throw new DomainError('RATE_LIMITED', 'error.typingTooFast', [], 60);
	const [choice] = await ctx.db
		.select({ showPresence: conversationParticipants.showPresence })
		.from(conversationParticipants)
		.where(
			and(
				eq(conversationParticipants.conversationId, conversation.id),
				eq(conversationParticipants.accountId, actor.accountId)
			)
		);
	if (!choice?.showPresence) return { signalled: false };
	ctx.events.emit({
		type: 'conversation.typing',
		conversationId: conversation.id,
		accountId: actor.accountId
	});
	return { signalled: true };
}
