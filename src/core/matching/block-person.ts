import { and, eq, or } from 'drizzle-orm';
import { z } from 'zod';
import { accompaniments, accounts, blocks, contactRequests } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';

export const BlockPersonSchema = z.object({ accountId: z.uuid('validation.invalid') });

/**
 * Blocks someone silently: they are never matched with or contacted by the blocker again; pending
 * requests between them are closed and open accompaniments end.
 */
export async function blockPerson(ctx: Ctx, input: z.input<typeof BlockPersonSchema>) {
	const actor = requireActor(ctx);
	const { accountId } = parseInput(BlockPersonSchema, input);
	if (accountId === actor.accountId) throw new DomainError('INVALID');
	const now = ctx.clock.now();
	const between = (
		requester: typeof contactRequests.requesterId | typeof accompaniments.requesterId,
		supporter: typeof contactRequests.supporterId | typeof accompaniments.supporterId
	) =>
		or(
			and(eq(requester, actor.accountId), eq(supporter, accountId)),
			and(eq(requester, accountId), eq(supporter, actor.accountId))
		);
	const [target] = await ctx.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, accountId));
	if (!target) throw new DomainError('NOT_FOUND');
	const ended = await ctx.db.transaction(async (tx) => {
		await tx
			.insert(blocks)
			.values({ blockerId: actor.accountId, blockedId: accountId, createdAt: now })
			.onConflictDoNothing();
		// The blocker's own requests are withdrawn; requests from the blocked person are declined
		// (silently: the decline carries no message).
		await tx
			.update(contactRequests)
			.set({ status: 'withdrawn', decidedAt: now })
			.where(
				and(
					eq(contactRequests.status, 'pending'),
					eq(contactRequests.requesterId, actor.accountId),
					eq(contactRequests.supporterId, accountId)
				)
			);
		await tx
			.update(contactRequests)
			.set({ status: 'declined', decidedAt: now })
			.where(
				and(
					eq(contactRequests.status, 'pending'),
					eq(contactRequests.requesterId, accountId),
					eq(contactRequests.supporterId, actor.accountId)
				)
			);
		return tx
			.update(accompaniments)
			.set({ status: 'ended', endedAt: now, endedBy: actor.accountId })
			.where(
				and(
					eq(accompaniments.status, 'open'),
					between(accompaniments.requesterId, accompaniments.supporterId)
				)
			)
			.returning({ id: accompaniments.id });
	});
	for (const accompaniment of ended) {
		ctx.events.emit({ type: 'accompaniment.ended', accompanimentId: accompaniment.id });
	}
}
