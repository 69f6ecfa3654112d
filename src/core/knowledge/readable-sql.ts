import { sql, type SQL } from 'drizzle-orm';
import { textArray } from '../../db/sql-helpers';
import { readsOrganisation, type KnowledgeViewer } from './policy';

/**
 * What the viewer may read, in SQL (canReadContribution without the moderators' reach: search is reading,
 * not reviewing): published, not hidden, and public, or for everyone signed in when they are, or for an
 * organisation they read (active, not a partner professional), or their own. Contributions carrying a
 * content warning the reader chose to hide (knowledge_preferences.hidden_topics) are LEFT OUT, not
 * collapsed: a search result or a list item must not show the subject the reader asked not to meet.
 * The contribution is aliased `c`.
 */
export function readableBy(viewer: KnowledgeViewer): SQL {
	if (viewer === null) return sql`(c.status = 'published' and c.hidden_at is null and c.audience = 'public')`;
	const organisations = [...viewer.roles.keys()].filter((id) => readsOrganisation(viewer, id));
	return sql`(c.status = 'published' and c.hidden_at is null
		and (c.audience in ('public', 'members')
			or (c.audience = 'organisation' and c.organisation_id = any(${textArray(organisations)}::uuid[]))
			or c.author_id = ${viewer.accountId})
		and not (c.content_warnings && coalesce(
			(select hidden_topics from knowledge_preferences where account_id = ${viewer.accountId}), '{}')))`;
}
