import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { readingListItems } from '../../db/schema';
import type { Transaction } from '../../db/client';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { loadReadingListForActor } from './reading-list-queries';
import { uuidField } from './reading-list-schemas';

export const RemoveReadingListItemSchema = z.object({ listId: uuidField, contributionId: uuidField });
export const MoveReadingListItemSchema = RemoveReadingListItemSchema.extend({
	direction: z.enum(['up', 'down'], 'validation.invalid')
});

/** Runs a change of a list's order under the list's row lock, for someone who gathers the list. */
async function withListLocked<T>(ctx: Ctx, listId: string, change: (tx: Transaction) => Promise<T>) {
	const actor = requireActor(ctx);
	return ctx.db.transaction(async (tx) => {
		const { canManage } = await loadReadingListForActor(tx, listId, actor, { forUpdate: true });
		permit(canManage, 'error.readingLists.cannotManage');
		return change(tx);
	});
}

async function positionOf(tx: Transaction, listId: string, contributionId: string) {
	const [item] = await tx
		.select({ position: readingListItems.position })
		.from(readingListItems)
		.where(and(eq(readingListItems.listId, listId), eq(readingListItems.contributionId, contributionId)));
	if (!item) throw new DomainError('NOT_FOUND');
	return item.position;
}

/** Takes a contribution out of a reading list; the ones after it move up, so positions stay 1..n. */
export async function removeReadingListItem(ctx: Ctx, input: z.input<typeof RemoveReadingListItemSchema>) {
	const { listId, contributionId } = parseInput(RemoveReadingListItemSchema, input);
	await withListLocked(ctx, listId, async (tx) => {
		const position = await positionOf(tx, listId, contributionId);
		await tx
			.delete(readingListItems)
			.where(and(eq(readingListItems.listId, listId), eq(readingListItems.contributionId, contributionId)));
		await tx
			.update(readingListItems)
			.set({ position: sql`${readingListItems.position} - 1` })
			.where(and(eq(readingListItems.listId, listId), gt(readingListItems.position, position)));
	});
}

/** Swaps a contribution with the one before (up) or after (down) it; at an end, nothing changes. */
export async function moveReadingListItem(ctx: Ctx, input: z.input<typeof MoveReadingListItemSchema>) {
	const { listId, contributionId, direction } = parseInput(MoveReadingListItemSchema, input);
	await withListLocked(ctx, listId, async (tx) => {
		const position = await positionOf(tx, listId, contributionId);
		const [neighbour] = await tx
			.select({ contributionId: readingListItems.contributionId, position: readingListItems.position })
			.from(readingListItems)
			.where(
				and(
					eq(readingListItems.listId, listId),
					direction === 'up'
						? lt(readingListItems.position, position)
						: gt(readingListItems.position, position)
				)
			)
			.orderBy(direction === 'up' ? desc(readingListItems.position) : asc(readingListItems.position))
			.limit(1);
		if (!neighbour) return;
		const other = neighbour.position;
		await tx
			.update(readingListItems)
			.set({ position })
			.where(
				and(
					eq(readingListItems.listId, listId),
					eq(readingListItems.contributionId, neighbour.contributionId)
				)
			);
		await tx
			.update(readingListItems)
			.set({ position: other })
			.where(and(eq(readingListItems.listId, listId), eq(readingListItems.contributionId, contributionId)));
	});
}
