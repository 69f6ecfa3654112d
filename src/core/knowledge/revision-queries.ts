import { eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { contributionRevisions } from '../../db/schema';
import { DomainError, type Actor } from '../shared';
import { loadContributionForActor, type ContributionForActor } from './queries';
import { canSeeRevision, type RevisionFacts } from './response-policy';
import type { RevisionStatus } from './vocabulary';

export type Revision = typeof contributionRevisions.$inferSelect & { status: RevisionStatus };

export const revisionFacts = (revision: Revision, authorId: string | null): RevisionFacts => ({
	proposerId: revision.proposerId,
	authorId,
	status: revision.status,
	hidden: revision.hiddenAt !== null
});

/**
 * A revision and its contribution as the actor may see them; NOT_FOUND when either does not exist or is
 * not theirs to see (canReadContribution, then canSeeRevision). `forUpdate` locks the contribution's row
 * (not the revision's: deciding changes a revision with a conditional update, under that lock).
 */
export async function loadRevisionForActor(
	db: DatabaseOrTransaction,
	revisionId: string,
	actor: Actor | null,
	options: { forUpdate?: boolean } = {}
): Promise<ContributionForActor & { revision: Revision }> {
	const [row] = await db.select().from(contributionRevisions).where(eq(contributionRevisions.id, revisionId));
	if (!row) throw new DomainError('NOT_FOUND');
	const revision = row as Revision;
	const loaded = await loadContributionForActor(db, revision.contributionId, actor, {
		forUpdate: options.forUpdate
	});
	if (!canSeeRevision(loaded.viewer, revisionFacts(revision, loaded.contribution.authorId)))
		throw new DomainError('NOT_FOUND');
	return { ...loaded, revision };
}
