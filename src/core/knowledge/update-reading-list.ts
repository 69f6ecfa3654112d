import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { readingLists } from '../../db/schema';
import { parseInput, permit, requireActor, type Ctx } from '../shared';
import { publicNotAllowed } from './create-reading-list';
import { readingListAudienceAllowed } from './reading-list-policy';
import { loadReadingListForActor } from './reading-list-queries';
import { ReadingListFieldsSchema, uuidField } from './reading-list-schemas';

export const UpdateReadingListSchema = ReadingListFieldsSchema.extend({ listId: uuidField });
export const DeleteReadingListSchema = z.object({ listId: uuidField });

/** Renames a reading list, rewrites its introduction or changes its audience. */
export async function updateReadingList(ctx: Ctx, input: z.input<typeof UpdateReadingListSchema>) {
	const actor = requireActor(ctx);
	const { listId, ...fields } = parseInput(UpdateReadingListSchema, input);
	const { canManage, organisation } = await loadReadingListForActor(ctx.db, listId, actor);
	permit(canManage, 'error.readingLists.cannotManage');
	if (!readingListAudienceAllowed(fields.audience, organisation.knowledgePublic)) throw publicNotAllowed();
	await ctx.db
		.update(readingLists)
		.set({ ...fields, updatedAt: ctx.clock.now() })
		.where(eq(readingLists.id, listId));
}

/** Deletes a reading list (its items go with it; the contributions stay). */
export async function deleteReadingList(ctx: Ctx, input: z.input<typeof DeleteReadingListSchema>) {
	const actor = requireActor(ctx);
	const { listId } = parseInput(DeleteReadingListSchema, input);
	const { canManage, organisation } = await loadReadingListForActor(ctx.db, listId, actor);
	permit(canManage, 'error.readingLists.cannotManage');
	await ctx.db.delete(readingLists).where(eq(readingLists.id, listId));
	return { slug: organisation.slug };
}
