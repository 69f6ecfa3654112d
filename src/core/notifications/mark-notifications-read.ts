import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { notifications } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';

export const MarkNotificationsReadSchema = z.union(
	[
		z.object({ notificationId: z.uuid('validation.invalid') }),
		z.object({
			all: z.union([z.literal(true), z.literal('true'), z.literal('on')]).transform(() => true as const)
		})
	],
	'validation.invalid'
);

/**
 * Marks one of the actor's notifications as read, or all of them. Another person's notification is not
 * found, like one that does not exist. Returns how many changed (already read ones do not count); the
 * person's other tabs hear of it (`notifications.read`) and count again.
 */
export async function markNotificationsRead(
	ctx: Ctx,
	input: z.input<typeof MarkNotificationsReadSchema>
): Promise<{ marked: number }> {
	const actor = requireActor(ctx);
	const command = parseInput(MarkNotificationsReadSchema, input);
	const mine = eq(notifications.accountId, actor.accountId);
	const now = ctx.clock.now();
	if ('notificationId' in command) {
		const [found] = await ctx.db
			.select({ readAt: notifications.readAt })
			.from(notifications)
			.where(and(mine, eq(notifications.id, command.notificationId)));
		if (!found) throw new DomainError('NOT_FOUND');
		const marked = await ctx.db
			.update(notifications)
			.set({ readAt: now })
			.where(and(mine, eq(notifications.id, command.notificationId), isNull(notifications.readAt)))
			.returning({ id: notifications.id });
		if (marked.length) ctx.events.emit({ type: 'notifications.read', accountId: actor.accountId });
		return { marked: marked.length };
	}
	const marked = await ctx.db
		.update(notifications)
		.set({ readAt: now })
		.where(and(mine, isNull(notifications.readAt)))
		.returning({ id: notifications.id });
	if (marked.length) ctx.events.emit({ type: 'notifications.read', accountId: actor.accountId });
	return { marked: marked.length };
}
