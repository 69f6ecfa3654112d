import { sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { contributions } from '../../db/schema';
import { textArray } from '../../db/sql-helpers';
import { readsOrganisation, type KnowledgeViewer } from './policy';

/** `contributions c`, as hand-written queries (search, reading lists) name it. */
export const contributionsAsC = alias(contributions, 'c');

export interface ReadableOptions {
	/**
	 * 'review': everything the viewer may know exists, exactly canReadContribution (policy.ts): their own
	 * drafts and hidden ones, and what they moderate (pages, links, their lists). 'reading': what appears
	 * where they read, exactly readsInLists: published, not hidden, no topic they chose to hide (search,
	 * reading lists); content warnings they hide are LEFT OUT there, not collapsed.
	 */
	scope: 'review' | 'reading';
	/** The table as the query names it (default: `contributions`). */
	table?: typeof contributions | typeof contributionsAsC;
}

/**
 * The read rule as one SQL condition, for lists that must be scoped in the query. Kept in step with the
 * pure policy by readable.test.ts, for every kind of viewer and both scopes.
 */
export function readableBy(viewer: KnowledgeViewer, { scope, table = contributions }: ReadableOptions): SQL {
	const t = table;
	const visible = sql`(${t.status} = 'published' and ${t.hiddenAt} is null)`;
	// A CASE, not ORs of indexable conditions: the audience index matches most rows, and a planner that
	// ANDs its bitmap with the text search's reads them all (measured: 117 of 235 ms at 100,000 rows).
	if (viewer === null) return sql`(${visible} and case ${t.audience} when 'public' then true else false end)`;
	const reads = [...viewer.roles.keys()].filter((id) => readsOrganisation(viewer, id));
	const admits = sql`case ${t.audience} when 'public' then true when 'members' then true
		when 'organisation' then coalesce(${t.organisationId} = any(${textArray(reads)}::uuid[]), false)
		else false end`;
	const own = sql`coalesce(${t.authorId} = ${viewer.accountId}, false)`;
	if (scope === 'reading')
		return sql`(${visible} and (${admits} or ${own})
			and not (${t.contentWarnings} && coalesce(
				(select hidden_topics from knowledge_preferences where account_id = ${viewer.accountId}), '{}')))`;
	const moderated = viewer.isInstanceAdmin
		? sql`true`
		: sql`coalesce(${t.organisationId} = any(${textArray([...viewer.moderates])}::uuid[]), false)`;
	return sql`(${own} or (${visible} and ${admits}) or (${t.status} = 'published' and ${moderated}))`;
}
