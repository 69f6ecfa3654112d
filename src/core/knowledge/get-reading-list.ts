import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { selectRows } from '../../db/sql-helpers';
import { parseInput, type Ctx } from '../shared';
import { markdownToPlainText } from './markdown';
import { contributionsAsC, readableBy } from './readable';
import { loadReadingListForActor } from './reading-list-queries';
import { uuidField } from './reading-list-schemas';
import { excerpt } from './search-terms';
import type { ContentWarning, KnowledgeAudience, KnowledgeForm } from './vocabulary';

export const GetReadingListSchema = z.object({ listId: uuidField });

export interface ReadingListItem {
	contributionId: string;
	title: string;
	form: KnowledgeForm;
	excerpt: string;
	contentWarnings: ContentWarning[];
	note: string;
}

export interface ReadingListView {
	id: string;
	title: string;
	introduction: string;
	audience: KnowledgeAudience;
	organisation: { slug: string; name: string; knowledgePublic: boolean };
	canManage: boolean;
	/** In order; only those the reader may read themselves (readableBy), hidden topics left out. */
	items: ReadingListItem[];
}

/** A reading list as the actor may read it (NOT_FOUND otherwise): its items they may read, in order. */
export async function getReadingList(
	ctx: Ctx,
	input: z.input<typeof GetReadingListSchema>
): Promise<ReadingListView> {
	const { listId } = parseInput(GetReadingListSchema, input);
	const { list, organisation, viewer, canManage } = await loadReadingListForActor(ctx.db, listId, ctx.actor);
	const rows = await selectRows<{
		id: string;
		title: string;
		form: KnowledgeForm;
		body: string;
		content_warnings: ContentWarning[];
		note: string;
	}>(
		ctx.db,
		sql`select c.id, c.title, c.form, left(c.body, 2000) as body, c.content_warnings, item.note
		from reading_list_items item join contributions c on c.id = item.contribution_id
		where item.list_id = ${listId} and ${readableBy(viewer, { scope: 'reading', table: contributionsAsC })}
		order by item.position`
	);
	return {
		id: list.id,
		title: list.title,
		introduction: list.introduction,
		audience: list.audience,
		organisation: {
			slug: organisation.slug,
			name: organisation.name,
			knowledgePublic: organisation.knowledgePublic
		},
		canManage,
		items: rows.map((row) => ({
			contributionId: row.id,
			title: row.title,
			form: row.form,
			excerpt: excerpt(markdownToPlainText(row.body), 200),
			contentWarnings: row.content_warnings,
			note: row.note
		}))
	};
}
