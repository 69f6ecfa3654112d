import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { accounts, experiences } from '../../db/schema';
import { textArray } from '../../db/sql-helpers';
import { DomainError, requireActor, type Ctx } from '../shared';
import { canGovernVocabulary, canProposeExperience } from './policy';
import { vocabularyFacts } from './queries';
import { visibilitiesSeenBy } from './visibility';

/** Below this, a count could single someone out on a small instance: it is shown as "fewer than 5". */
export const SMALLEST_SHOWN_COUNT = 5;

/**
 * A profile line counts for staff only when its owner shows it at least to the members of their
 * organisations: never what they keep to themselves or to their supporters.
 */
export const COUNTED_VISIBILITIES = visibilitiesSeenBy({
	isSelf: false,
	isSignedIn: true,
	isSupporterInContact: false,
	sharesOrganisation: true
});

/** A count as staff may see it: null when it is below SMALLEST_SHOWN_COUNT. */
export function shownCount(count: number): number | null {
	return count >= SMALLEST_SHOWN_COUNT ? count : null;
}

/**
 * For instance admins: the proposals awaiting a decision and every approved entry with how many profiles
 * and offers use it. Counts only, and never below 5 (null then); a profile line counts only when its
 * owner shows it at least to the members of their organisations, never what they keep to themselves.
 */
export async function vocabularyAdministration(ctx: Ctx) {
	const actor = requireActor(ctx);
	if (!canGovernVocabulary(await vocabularyFacts(ctx.db, actor))) throw new DomainError('FORBIDDEN');
	const parent = sql<
		string | null
	>`(select p.label_fr from experiences p where p.id = ${experiences.parentId})`;
	const [proposals, entries] = await Promise.all([
		ctx.db
			.select({
				id: experiences.id,
				parentId: experiences.parentId,
				parentLabel: parent,
				labelFr: experiences.labelFr,
				labelEn: experiences.labelEn,
				synonyms: experiences.synonyms,
				note: experiences.proposalNote,
				proposedBy: accounts.pseudonym,
				createdAt: experiences.createdAt
			})
			.from(experiences)
			.leftJoin(accounts, eq(accounts.id, experiences.proposedBy))
			.where(eq(experiences.status, 'proposed'))
			.orderBy(asc(experiences.createdAt)),
		ctx.db
			.select({
				id: experiences.id,
				parentId: experiences.parentId,
				labelFr: experiences.labelFr,
				labelEn: experiences.labelEn,
				synonyms: experiences.synonyms,
				origin: experiences.origin,
				locallyEdited: experiences.locallyEdited,
				profiles: sql<number>`(select count(*)::int from profile_experiences pe where pe.experience_id = ${experiences.id}
					and pe.visibility = any(${textArray(COUNTED_VISIBILITIES)}))`,
				offers: sql<number>`(select count(*)::int from offer_experiences oe where oe.experience_id = ${experiences.id})`
			})
			.from(experiences)
			.where(eq(experiences.status, 'approved'))
			.orderBy(
				asc(sql`coalesce(${experiences.parentId}, ${experiences.id})`),
				asc(sql`${experiences.parentId} is not null`),
				asc(experiences.labelFr)
			)
	]);
	return {
		proposals,
		entries: entries.map((entry) => ({
			...entry,
			profiles: shownCount(entry.profiles),
			offers: shownCount(entry.offers)
		}))
	};
}

/** For coordinators and admins: what they proposed and what became of it. */
export async function myExperienceProposals(ctx: Ctx) {
	const actor = requireActor(ctx);
	const facts = await vocabularyFacts(ctx.db, actor);
	if (!canProposeExperience(facts)) throw new DomainError('FORBIDDEN');
	const [branches, proposals] = await Promise.all([
		ctx.db
			.select({ id: experiences.id, labelFr: experiences.labelFr, labelEn: experiences.labelEn })
			.from(experiences)
			.where(and(eq(experiences.status, 'approved'), sql`${experiences.parentId} is null`))
			.orderBy(asc(experiences.labelFr)),
		ctx.db
			.select({
				id: experiences.id,
				labelFr: experiences.labelFr,
				labelEn: experiences.labelEn,
				status: experiences.status,
				mergedInto: experiences.mergedInto,
				createdAt: experiences.createdAt
			})
			.from(experiences)
			.where(eq(experiences.proposedBy, actor.accountId))
			.orderBy(desc(experiences.createdAt))
	]);
	return { branches, proposals, canGovern: canGovernVocabulary(facts) };
}
