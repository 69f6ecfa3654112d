import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { organisations, readingLists } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canManageReadingLists } from './policy';
import { loadKnowledgeViewer } from './queries';
import { readingListAudienceAllowed } from './reading-list-policy';
import { ReadingListFieldsSchema, slugField } from './reading-list-schemas';

export const CreateReadingListSchema = ReadingListFieldsSchema.extend({ slug: slugField });
export type CreateReadingListInput = z.input<typeof CreateReadingListSchema>;

export const publicNotAllowed = () =>
	new DomainError('INVALID', 'error.invalid', [
		{ field: 'audience', message: 'validation.readingLists.publicNotAllowed' }
	]);

/** A coordinator or peer supporter starts a reading list (parcours) of their organisation, empty. */
export async function createReadingList(
	ctx: Ctx,
	input: CreateReadingListInput
): Promise<{ listId: string }> {
	const actor = requireActor(ctx);
	const { slug, ...fields } = parseInput(CreateReadingListSchema, input);
	const [organisation] = await ctx.db
		.select({ id: organisations.id, knowledgePublic: organisations.knowledgePublic })
		.from(organisations)
		.where(eq(organisations.slug, slug));
	if (!organisation) throw new DomainError('NOT_FOUND');
	const viewer = await loadKnowledgeViewer(ctx.db, actor);
	permit(canManageReadingLists(viewer, organisation.id), 'error.readingLists.cannotManage');
	if (!readingListAudienceAllowed(fields.audience, organisation.knowledgePublic)) throw publicNotAllowed();
	const now = ctx.clock.now();
	const [list] = await ctx.db
		.insert(readingLists)
		.values({
			...fields,
			organisationId: organisation.id,
			createdBy: actor.accountId,
			createdAt: now,
			updatedAt: now
		})
		.returning({ id: readingLists.id });
	return { listId: list!.id };
}
