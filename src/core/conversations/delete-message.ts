import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { messageEdits, messages } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canDeleteMessage } from './policy';
import { requireParticipation } from './queries';
import { conversationId } from './schemas';

export const DeleteMessageSchema = z.object({ conversationId, messageId: z.uuid('validation.invalid') });

/**
 * The author deletes a message: its words and earlier versions are erased from the database; its place
 * stays, shown as "message supprimé", so the conversation still reads in order. Deleting is the author's
 * right even while the message is reported: the report keeps its own copy of the words until a
 * moderator decides (`reports.content_copy`), so the evidence does not go with them.
 */
export async function deleteMessage(ctx: Ctx, input: z.input<typeof DeleteMessageSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(DeleteMessageSchema, input);
	const conversation = await requireParticipation(ctx.db, command.conversationId, actor.accountId);
	const seq = await ctx.db.transaction(async (tx) => {
		const [message] = await tx
			.select()
			.from(messages)
			.where(eq(messages.id, command.messageId))
			.for('update');
		if (!message || message.conversationId !== conversation.id) throw new DomainError('NOT_FOUND');
		if (!canDeleteMessage(actor.accountId, message))
			throw new DomainError('CONFLICT', 'error.messageDeleted');
		await tx.delete(messageEdits).where(eq(messageEdits.messageSeq, message.seq));
		await tx
			.update(messages)
			.set({ body: null, deletedAt: ctx.clock.now() })
			.where(eq(messages.seq, message.seq));
		return message.seq;
	});
	ctx.events.emit({ type: 'message.changed', conversationId: conversation.id, seq });
	return { seq };
}
