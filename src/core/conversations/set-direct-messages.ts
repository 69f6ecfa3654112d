import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { DIRECT_MESSAGE_AUDIENCES } from './policy';

export const SetDirectMessagesSchema = z.object({
	audience: z.enum(DIRECT_MESSAGE_AUDIENCES, 'validation.invalid')
});

/** A person chooses who may start a direct conversation with them: nobody, or their organisations' members. */
export async function setDirectMessages(ctx: Ctx, input: z.input<typeof SetDirectMessagesSchema>) {
	const actor = requireActor(ctx);
	const { audience } = parseInput(SetDirectMessagesSchema, input);
	await ctx.db.update(accounts).set({ directMessages: audience }).where(eq(accounts.id, actor.accountId));
	return { audience };
}
