import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { organisations, researchDatasets } from '../../db/schema';
import { selectRows } from '../../db/sql-helpers';
import { DomainError, type Actor } from '../shared';
import { canPublishResearch, type KnowledgeViewer } from './policy';
import { loadKnowledgeViewer } from './queries';
import type { ConsentedContribution } from './research-dataset-rows';

export interface DatasetForActor {
	dataset: typeof researchDatasets.$inferSelect;
	organisation: { id: string; slug: string; name: string };
	viewer: KnowledgeViewer;
	/** The actor publishes and withdraws the organisation's datasets. */
	canPublish: boolean;
}

/**
 * A dataset as the actor may know it: published ones are readable by anyone (researchers need no
 * account); a withdrawn one only by those who publish for the organisation. NOT_FOUND otherwise.
 */
export async function loadDatasetForActor(
	db: DatabaseOrTransaction,
	datasetId: string,
	actor: Actor | null
): Promise<DatasetForActor> {
	const [row] = await db
		.select({
			dataset: researchDatasets,
			organisation: { id: organisations.id, slug: organisations.slug, name: organisations.name }
		})
		.from(researchDatasets)
		.innerJoin(organisations, eq(organisations.id, researchDatasets.organisationId))
		.where(eq(researchDatasets.id, datasetId));
	if (!row) throw new DomainError('NOT_FOUND');
	const viewer = await loadKnowledgeViewer(db, actor);
	const canPublish = canPublishResearch(viewer, row.organisation.id);
	if (row.dataset.withdrawnAt !== null && !canPublish) throw new DomainError('NOT_FOUND');
	return { ...row, viewer, canPublish };
}

/** An organisation's datasets, newest first; withdrawn ones only for those who publish them. */
export async function datasetsOf(db: DatabaseOrTransaction, organisationId: string, withWithdrawn: boolean) {
	return db
		.select({
			id: researchDatasets.id,
			title: researchDatasets.title,
			publishedAt: researchDatasets.publishedAt,
			withdrawnAt: researchDatasets.withdrawnAt
		})
		.from(researchDatasets)
		.where(
			and(
				eq(researchDatasets.organisationId, organisationId),
				withWithdrawn ? undefined : isNull(researchDatasets.withdrawnAt)
			)
		)
		.orderBy(desc(researchDatasets.publishedAt));
}

/**
 * The organisation's contributions a dataset may hold, read when downloaded: the author consented (with
 * a licence), published, not hidden by moderation. The research consent is the author's own choice for
 * this use, made per contribution, whatever its audience on the platform.
 */
export async function consentedContributions(
	db: DatabaseOrTransaction,
	organisationId: string
): Promise<ConsentedContribution[]> {
	const rows = await selectRows<{
		author_id: string | null;
		created_at: Date | string;
		form: string;
		language: string;
		licence: string;
		title: string;
		body: string;
		helped_with: string;
		easy_read_summary: string;
		experience_ids: string[];
	}>(
		db,
		sql`select c.author_id, c.created_at, c.form, c.language, c.licence, c.title, c.body, c.helped_with,
			c.easy_read_summary,
			array(select experience_id from contribution_experiences ce where ce.contribution_id = c.id) as experience_ids
		from contributions c
		where c.organisation_id = ${organisationId} and c.research_consent and c.licence is not null
			and c.status = 'published' and c.hidden_at is null and c.audience in ('members', 'public')`
	);
	return rows.map((row) => ({
		authorId: row.author_id,
		createdAt: new Date(row.created_at),
		form: row.form,
		language: row.language,
		licence: row.licence,
		title: row.title,
		text: row.body,
		helpedWith: row.helped_with,
		easyReadSummary: row.easy_read_summary,
		experienceIds: row.experience_ids
	}));
}

/** Every experience's parent (null for a branch). */
export async function experienceParents(db: DatabaseOrTransaction): Promise<Map<string, string | null>> {
	const rows = await selectRows<{ id: string; parent_id: string | null }>(
		db,
		sql`select id, parent_id from experiences`
	);
	return new Map(rows.map((row) => [row.id, row.parent_id]));
}
