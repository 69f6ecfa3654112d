import { z } from 'zod';
import { parseInput, permit, requireActor, type Ctx } from '../shared';
import { canLeaveConversation } from './group-policy';
import { removeParticipant } from './group-queries';
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
	// A group's own conversation is left by leaving the group (its sessions and charter go with it).
	permit(conversation.kind !== 'peer_group', 'error.peerGroups.leaveThroughGroup');
	permit(canLeaveConversation(conversation.kind), 'error.conversation.leaveAccompaniment');
	await ctx.db.transaction((tx) => removeParticipant(tx, actor.accountId, [conversation.id]));
	ctx.events.emit({ type: 'conversation.left', conversationId: conversation.id, accountId: actor.accountId });
	return { left: true as const };
}
