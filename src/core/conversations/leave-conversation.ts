import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { conversationParticipants, conversations } from '../../db/schema';
import { parseInput, permit, requireActor, type Ctx } from '../shared';
import { canLeaveConversation } from './group-policy';
import { requireParticipation } from './queries';
import { conversationId } from './schemas';

/**
 * A participant leaves a group or a direct conversation: their participation goes, so they no longer read,
 * receive or see it (NOT_FOUND from then on), and it leaves their list. What they wrote stays, signed with
 * their pseudonym, for those who remain.
 *
 * In a direct conversation the other person keeps the history but can no longer write in it ("the other
 * person left"); nothing is delivered to the one who left. Either of them may later open a new direct
 * conversation, if the recipient still accepts direct messages: it starts empty. When nobody is left, the
 * conversation and its messages are deleted, since nobody could ever read them again.
 *
 * An accompaniment's conversation cannot be left: ending the accompaniment is the way out.
 */
export async function leaveConversation(ctx: Ctx, input: { conversationId: unknown }) {
	const actor = requireActor(ctx);
	const command = parseInput(z.object({ conversationId }), input);
	const conversation = await requireParticipation(ctx.db, command.conversationId, actor.accountId);
	permit(canLeaveConversation(conversation.kind), 'error.conversation.leaveAccompaniment');
	await ctx.db.transaction(async (tx) => {
		await tx
			.delete(conversationParticipants)
			.where(
				and(
					eq(conversationParticipants.conversationId, conversation.id),
					eq(conversationParticipants.accountId, actor.accountId)
				)
			);
		const [remaining] = await tx
			.select({ accountId: conversationParticipants.accountId })
			.from(conversationParticipants)
			.where(eq(conversationParticipants.conversationId, conversation.id))
			.limit(1);
		if (!remaining) await tx.delete(conversations).where(eq(conversations.id, conversation.id));
	});
	ctx.events.emit({ type: 'conversation.changed', conversationId: conversation.id });
	return { left: true as const };
}
