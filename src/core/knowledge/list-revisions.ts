import { and, desc, eq, isNull, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, contributionRevisions } from '../../db/schema';
import { parseInput, type Ctx } from '../shared';
import { canEditContribution, canRespondToContribution } from './policy';
import { loadContributionForActor, type Contribution } from './queries';
import { contributionIdField } from './response-schemas';
import { revisionColumns } from './revision-queries';
import { changesAnything, diffTexts, type DiffPart } from './text-diff';
import type { RevisionStatus } from './vocabulary';

export const ListRevisionsSchema = z.object({ contributionId: contributionIdField });

const DIFFED = ['title', 'body', 'helpedWith', 'easyReadSummary'] as const;
export type RevisedField = (typeof DIFFED)[number];

/** What a pending revision changes in the current version, field by field (unchanged fields left out). */
function changesFrom(contribution: Contribution, revision: Record<RevisedField, string>) {
	return DIFFED.map((field) => ({ field, parts: diffTexts(contribution[field], revision[field]) })).filter(
		(change) => changesAnything(change.parts)
	) as Array<{ field: RevisedField; parts: DiffPart[] }>;
}

/**
 * The revisions of a contribution the viewer may see: its author every one (pending ones first, each with
 * what it changes in the current version, and whether it is based on an older one), a proposer theirs,
 * everyone else the accepted ones (they are versions now). Hidden revisions are left out.
 */
export async function listRevisions(ctx: Ctx, input: z.input<typeof ListRevisionsSchema>) {
	const { contributionId } = parseInput(ListRevisionsSchema, input);
	const { contribution, viewer, facts } = await loadContributionForActor(ctx.db, contributionId, ctx.actor);
	const isAuthor = viewer !== null && contribution.authorId === viewer.accountId;
	const seen: SQL[] = [eq(contributionRevisions.status, 'accepted')];
	if (viewer) seen.push(eq(contributionRevisions.proposerId, viewer.accountId));
	const rows = await ctx.db
		.select({
			id: contributionRevisions.id,
			...revisionColumns,
			proposerId: contributionRevisions.proposerId,
			proposer: accounts.pseudonym
		})
		.from(contributionRevisions)
		.leftJoin(accounts, eq(accounts.id, contributionRevisions.proposerId))
		.where(
			and(
				eq(contributionRevisions.contributionId, contributionId),
				isNull(contributionRevisions.hiddenAt),
				isAuthor ? undefined : or(...seen)
			)
		)
		.orderBy(desc(contributionRevisions.createdAt));
	const revisions = rows.map(({ proposerId, ...row }) => ({
		...row,
		status: row.status as RevisionStatus,
		mine: viewer !== null && proposerId === viewer.accountId,
		stale: row.baseVersion !== contribution.version,
		changes: row.status === 'pending' ? changesFrom(contribution, row) : []
	}));
	return {
		contribution: {
			id: contribution.id,
			title: contribution.title,
			version: contribution.version,
			hidden: contribution.hiddenAt !== null
		},
		isAuthor,
		canDecide: canEditContribution(viewer, facts),
		canPropose: canRespondToContribution(viewer, facts),
		pending: revisions.filter((revision) => revision.status === 'pending'),
		decided: revisions.filter((revision) => revision.status !== 'pending')
	};
}
