import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { conversationParticipants } from '../../db/schema';
import { DomainError, parseInput, requireActor, requireToken, type Ctx } from '../shared';
import { canWrite } from './policy';
import { TYPING_RULE } from './presence-policy';
import { requireParticipation } from './queries';
import { conversationId } from './schemas';

export const SignalTypingSchema = z.object({ conversationId });

/**
 * A participant is typing in a conversation that can be written in. Only if they show their presence here
 * (typing reveals activity: the same choice) do the others hear of it, through an ephemeral
 * `conversation.typing` event that is never stored; otherwise nothing happens. At most 30 at once, then one every 2 s.
 */
export async function signalTyping(ctx: Ctx, input: z.input<typeof SignalTypingSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(SignalTypingSchema, input);
	const conversation = await requireParticipation(ctx.db, command.conversationId, actor.accountId);
	if (!canWrite(conversation)) throw new DomainError('CONFLICT', 'error.conversationClosed');
	// A bucket in the database, not in this process's memory: several processes share one limit.
	await requireToken(
		ctx.db,
		`typing:${actor.accountId}`,
		TYPING_RULE,
		ctx.clock.now(),
		'error.typingTooFast'
	);
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
