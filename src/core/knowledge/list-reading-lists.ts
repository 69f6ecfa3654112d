import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { organisations, readingLists } from '../../db/schema';
import { DomainError, parseInput, type Ctx } from '../shared';
import { audienceAdmits, canManageReadingLists } from './policy';
import { loadKnowledgeViewer } from './queries';
import { slugField } from './reading-list-schemas';
import { KNOWLEDGE_AUDIENCES, type KnowledgeAudience } from './vocabulary';

export const ListReadingListsSchema = z.object({ slug: slugField });

/**
 * An organisation's reading lists the actor may read (all of them for those who gather them), by title;
 * visitors see the public ones. No item counts: a reader must not learn how many items they may not read.
 */
export async function listReadingLists(ctx: Ctx, input: z.input<typeof ListReadingListsSchema>) {
	const { slug } = parseInput(ListReadingListsSchema, input);
	const [organisation] = await ctx.db
		.select({
			id: organisations.id,
			slug: organisations.slug,
			name: organisations.name,
			knowledgePublic: organisations.knowledgePublic
		})
		.from(organisations)
		.where(eq(organisations.slug, slug));
	if (!organisation) throw new DomainError('NOT_FOUND');
	const viewer = await loadKnowledgeViewer(ctx.db, ctx.actor);
	const canManage = canManageReadingLists(viewer, organisation.id);
	const audiences = KNOWLEDGE_AUDIENCES.filter((audience) =>
		audienceAdmits(viewer, audience, organisation.id)
	);
	const lists = await ctx.db
		.select({
			id: readingLists.id,
			title: readingLists.title,
			introduction: readingLists.introduction,
			audience: readingLists.audience
		})
		.from(readingLists)
		.where(
			and(
				eq(readingLists.organisationId, organisation.id),
				canManage ? undefined : inArray(readingLists.audience, audiences.length ? audiences : ['none'])
			)
		)
		.orderBy(asc(readingLists.title));
	return {
		organisation,
		canManage,
		lists: lists as Array<(typeof lists)[number] & { audience: KnowledgeAudience }>
	};
}
