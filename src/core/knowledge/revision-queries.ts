import { eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { contributionRevisions } from '../../db/schema';
import { DomainError, permit, type Actor } from '../shared';
import { canRespondToContribution } from './policy';
import { loadContributionForActor, type ContributionForActor } from './queries';
import { canSeeRevision, type RevisionFacts } from './response-policy';
import type { RevisionStatus } from './vocabulary';

/** A revision's own columns (its text, status and dates), for the lists and the person's export alike. */
export const revisionColumns = {
	status: contributionRevisions.status,
	baseVersion: contributionRevisions.baseVersion,
	title: contributionRevisions.title,
	body: contributionRevisions.body,
	helpedWith: contributionRevisions.helpedWith,
	easyReadSummary: contributionRevisions.easyReadSummary,
	note: contributionRevisions.note,
	answer: contributionRevisions.answer,
	createdAt: contributionRevisions.createdAt,
	decidedAt: contributionRevisions.decidedAt
};

/**
 * A contribution the actor is about to answer (confirm, nuance, propose a revision): NOT_FOUND when they
 * may not know it exists, FORBIDDEN when they may read it but not answer (its author, a draft, hidden).
 */
export async function loadForResponse(db: DatabaseOrTransaction, contributionId: string, actor: Actor) {
	const loaded = await loadContributionForActor(db, contributionId, actor);
	permit(canRespondToContribution(loaded.viewer, loaded.facts), 'error.responses.cannotRespond');
	return loaded;
}

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
