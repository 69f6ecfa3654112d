import { PresenceTracker } from '../../src/core/conversations/presence-tracker';
import { readConversation } from '../../src/core/conversations/read-conversation';
import type { Ctx } from '../../src/core/shared';

/**
 * What the conversation's page does: read (which writes nothing), then let a process's tracker record
 * the view in its batch; here the batch is written at once.
 */
export async function readAndRecord(ctx: Ctx, input: Parameters<typeof readConversation>[1]) {
	const read = await readConversation(ctx, input);
	const tracker = new PresenceTracker(ctx.db, ctx.events, ctx.clock);
	tracker.view(String(input.conversationId), ctx.actor!.accountId, { readUpTo: read.readUpTo ?? undefined });
	await tracker.flushViews();
	return read;
}
