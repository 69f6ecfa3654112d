import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { contributions } from '../../db/schema';
import type { KnowledgeViewer } from './policy';

/**
 * SQL condition: the viewer may know the contribution exists, the same rule as `canReadContribution`
 * (policy.ts), for lists that must be scoped in the query (links, my lists). Keep the two in step.
 */
export function readableBy(viewer: KnowledgeViewer): SQL {
	const visible = and(eq(contributions.status, 'published'), isNull(contributions.hiddenAt));
	if (viewer === null) return and(visible, eq(contributions.audience, 'public'))!;
	const reads = [...viewer.roles].filter(([, role]) => role !== 'professional').map(([id]) => id);
	const moderates = [...viewer.moderates];
	const inOrganisations = (ids: string[]) =>
		ids.length ? inArray(contributions.organisationId, ids) : sql`false`;
	return or(
		eq(contributions.authorId, viewer.accountId),
		and(
			visible,
			or(
				inArray(contributions.audience, ['public', 'members']),
				and(eq(contributions.audience, 'organisation'), inOrganisations(reads))
			)
		),
		and(
			eq(contributions.status, 'published'),
			viewer.isInstanceAdmin ? sql`true` : inOrganisations(moderates)
		)
	)!;
}
