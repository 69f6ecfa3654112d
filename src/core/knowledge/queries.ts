import { and, eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { contributions, memberships, organisations } from '../../db/schema';
import { MODERATING_ROLES } from '../moderation/staff';
import type { Role } from '../organisations/vocabulary';
import { DomainError, type Actor } from '../shared';
import { canReadContribution, type ContributionFacts, type KnowledgeViewer } from './policy';
import type { Byline, ContributionStatus, KnowledgeAudience, KnowledgeForm } from './vocabulary';

export type Contribution = typeof contributions.$inferSelect & {
	audience: KnowledgeAudience;
	form: KnowledgeForm;
	status: ContributionStatus;
	byline: Byline;
};

/** The viewer's active roles, organisation by organisation (one query); null for a visitor. */
export async function loadKnowledgeViewer(
	db: DatabaseOrTransaction,
	actor: Actor | null
): Promise<KnowledgeViewer> {
	if (!actor) return null;
	const rows = await db
		.select({ organisationId: memberships.organisationId, role: memberships.role })
		.from(memberships)
		.where(and(eq(memberships.accountId, actor.accountId), eq(memberships.status, 'active')));
	const roles = new Map(rows.map((row) => [row.organisationId, row.role as Role]));
	const moderates = new Set(
		rows
			.filter((row) => (MODERATING_ROLES as readonly string[]).includes(row.role))
			.map((row) => row.organisationId)
	);
	return { accountId: actor.accountId, isInstanceAdmin: actor.isInstanceAdmin, roles, moderates };
}

export const contributionFacts = (contribution: Contribution): ContributionFacts => ({
	authorId: contribution.authorId,
	organisationId: contribution.organisationId,
	audience: contribution.audience,
	status: contribution.status,
	hidden: contribution.hiddenAt !== null
});

export interface ContributionForActor {
	contribution: Contribution;
	organisation: { id: string; slug: string; name: string; knowledgePublic: boolean } | null;
	viewer: KnowledgeViewer;
	facts: ContributionFacts;
}

/**
 * A contribution and how the actor relates to it; NOT_FOUND when it does not exist or the actor may not
 * know it exists (canReadContribution). Pass a transaction and `forUpdate` to lock the contribution row
 * (edits, accepting a revision) against concurrent changes. Pass `viewer` when it is already loaded.
 */
export async function loadContributionForActor(
	db: DatabaseOrTransaction,
	contributionId: string,
	actor: Actor | null,
	options: { forUpdate?: boolean; viewer?: KnowledgeViewer } = {}
): Promise<ContributionForActor> {
	const query = db
		.select({
			contribution: contributions,
			organisation: {
				id: organisations.id,
				slug: organisations.slug,
				name: organisations.name,
				knowledgePublic: organisations.knowledgePublic
			}
		})
		.from(contributions)
		.leftJoin(organisations, eq(organisations.id, contributions.organisationId))
		.where(eq(contributions.id, contributionId));
	const [row] = options.forUpdate ? await query.for('update', { of: contributions }) : await query;
	if (!row) throw new DomainError('NOT_FOUND');
	const viewer = options.viewer !== undefined ? options.viewer : await loadKnowledgeViewer(db, actor);
	const contribution = row.contribution as Contribution;
	const facts = contributionFacts(contribution);
	if (!canReadContribution(viewer, facts)) throw new DomainError('NOT_FOUND');
	return { contribution, organisation: row.organisation ?? null, viewer, facts };
}
