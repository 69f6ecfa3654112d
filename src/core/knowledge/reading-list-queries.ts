import { eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { organisations, readingLists } from '../../db/schema';
import { DomainError, type Actor } from '../shared';
import { canManageReadingLists, type KnowledgeViewer } from './policy';
import { loadKnowledgeViewer } from './queries';
import { canReadReadingList } from './reading-list-policy';
import type { KnowledgeAudience } from './vocabulary';

export interface ReadingListForActor {
	list: typeof readingLists.$inferSelect & { audience: KnowledgeAudience };
	organisation: { id: string; slug: string; name: string; knowledgePublic: boolean };
	viewer: KnowledgeViewer;
	canManage: boolean;
}

/**
 * A reading list and whether the actor gathers it; NOT_FOUND when it does not exist or they may not read
 * it. `forUpdate` locks the list row: every change to its items takes this lock first, so concurrent
 * additions, removals and moves apply one after the other and positions stay 1..n without gaps.
 */
export async function loadReadingListForActor(
	db: DatabaseOrTransaction,
	listId: string,
	actor: Actor | null,
	options: { forUpdate?: boolean } = {}
): Promise<ReadingListForActor> {
	const query = db
		.select({
			list: readingLists,
			organisation: {
				id: organisations.id,
				slug: organisations.slug,
				name: organisations.name,
				knowledgePublic: organisations.knowledgePublic
			}
		})
		.from(readingLists)
		.innerJoin(organisations, eq(organisations.id, readingLists.organisationId))
		.where(eq(readingLists.id, listId));
	const [row] = options.forUpdate ? await query.for('update', { of: readingLists }) : await query;
	if (!row) throw new DomainError('NOT_FOUND');
	const viewer = await loadKnowledgeViewer(db, actor);
	const list = row.list as ReadingListForActor['list'];
	if (!canReadReadingList(viewer, list)) throw new DomainError('NOT_FOUND');
	return {
		list,
		organisation: row.organisation,
		viewer,
		canManage: canManageReadingLists(viewer, list.organisationId)
	};
}
