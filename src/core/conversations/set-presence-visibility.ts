import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { conversationParticipants } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { requireParticipation } from './queries';
import { conversationId } from './schemas';

export const SetPresenceVisibilitySchema = z.object({
	conversationId,
	/** A real boolean: the page's checkbox is turned into one by its adapter, JSON must send one. */
	visible: z.boolean('validation.invalid')
});

/**
 * A participant chooses whether the others see when they are online in this conversation, and when they
 * type (hidden by default). Open pages learn it through `presence.changed`, only when the choice changed.
 */
export async function setPresenceVisibility(ctx: Ctx, input: z.input<typeof SetPresenceVisibilitySchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(SetPresenceVisibilitySchema, input);
	const conversation = await requireParticipation(ctx.db, command.conversationId, actor.accountId);
	const changed = await ctx.db
		.update(conversationParticipants)
		.set({ showPresence: command.visible })
		.where(
			and(
				eq(conversationParticipants.conversationId, conversation.id),
				eq(conversationParticipants.accountId, actor.accountId),
				ne(conversationParticipants.showPresence, command.visible)
			)
		)
		.returning({ accountId: conversationParticipants.accountId });
	if (changed.length > 0)
		ctx.events.emit({
			type: 'presence.changed',
			conversationId: conversation.id,
			accountId: actor.accountId
		});
	return { visible: command.visible };
}
