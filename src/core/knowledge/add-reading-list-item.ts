import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { readingListItems } from '../../db/schema';
import { selectRows } from '../../db/sql-helpers';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { loadContributionForActor } from './queries';
import { loadReadingListForActor } from './reading-list-queries';
import { ITEM_NOTE_LIMIT, uuidField } from './reading-list-schemas';
import { LIMITS } from './vocabulary';

export const AddReadingListItemSchema = z.object({
	listId: uuidField,
	contributionId: uuidField,
	note: z.string().trim().max(ITEM_NOTE_LIMIT, 'validation.tooLong').optional().default('')
});

/**
 * Adds a contribution the actor may read at the end of a reading list. The list row is locked first
 * (loadReadingListForActor forUpdate), so two additions at once take positions n+1 and n+2, and the cap
 * (LIMITS.readingListItems) holds.
 */
export async function addReadingListItem(ctx: Ctx, input: z.input<typeof AddReadingListItemSchema>) {
	const actor = requireActor(ctx);
	const { listId, contributionId, note } = parseInput(AddReadingListItemSchema, input);
	return ctx.db.transaction(async (tx) => {
		const { canManage, viewer } = await loadReadingListForActor(tx, listId, actor, { forUpdate: true });
		permit(canManage, 'error.readingLists.cannotManage');
		const { contribution } = await loadContributionForActor(tx, contributionId, actor, { viewer });
		if (contribution.status !== 'published' || contribution.hiddenAt !== null)
			throw new DomainError('NOT_FOUND');
		const [state] = await selectRows<{ count: number; last: number; present: boolean }>(
			tx,
			sql`select count(*)::int as count, coalesce(max(position), 0)::int as last,
				coalesce(bool_or(contribution_id = ${contributionId}), false) as present
			from reading_list_items where list_id = ${listId}`
		);
		if (state!.present) throw new DomainError('CONFLICT', 'error.readingLists.alreadyIn');
		if (state!.count >= LIMITS.readingListItems)
			throw new DomainError('CONFLICT', 'error.readingLists.full', [], undefined, {
				count: LIMITS.readingListItems
			});
		// After the last one (a contribution deleted since may have left a gap; readers see 1..n anyway).
		const position = state!.last + 1;
		await tx
			.insert(readingListItems)
			.values({ listId, contributionId, position, note, addedAt: ctx.clock.now() });
		return { position };
	});
}
