import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { messageEdits, messages } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canEditMessage } from './policy';
import { requireParticipation } from './queries';
import { safetyNoticeFor } from './safety-notice-policy';
import { conversationId, messageBody } from './schemas';

export const EditMessageSchema = z.object({
	conversationId,
	messageId: z.uuid('validation.invalid'),
	body: messageBody
});

/**
 * The author corrects a message within 15 minutes, unless moderation hid it; the earlier version stays
 * visible to participants.
 * The safety reminder follows the new words, and stays if an earlier version had one: it was seen.
 */
export async function editMessage(ctx: Ctx, input: z.input<typeof EditMessageSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(EditMessageSchema, input);
	const conversation = await requireParticipation(ctx.db, command.conversationId, actor.accountId);
	const now = ctx.clock.now();
	const seq = await ctx.db.transaction(async (tx) => {
		const [message] = await tx
			.select()
			.from(messages)
			.where(eq(messages.id, command.messageId))
			.for('update');
		if (!message || message.conversationId !== conversation.id) throw new DomainError('NOT_FOUND');
		// Moderation hid it: its words may be under review, and the author no longer changes them.
		if (message.hiddenAt) throw new DomainError('CONFLICT', 'error.messageHidden');
		if (!canEditMessage(actor.accountId, message, now)) throw new DomainError('CONFLICT', 'error.editWindow');
		if (message.body === command.body) return message.seq;
		await tx.insert(messageEdits).values({
			messageSeq: message.seq,
			body: message.body ?? '',
			editedAt: message.editedAt ?? message.createdAt
		});
		const safetyNotice = message.safetyNotice ?? safetyNoticeFor(conversation.kind, command.body);
		await tx
			.update(messages)
			.set({ body: command.body, editedAt: now, safetyNotice })
			.where(eq(messages.seq, message.seq));
		return message.seq;
	});
	ctx.events.emit({ type: 'message.changed', conversationId: conversation.id, seq });
	return { seq };
}
