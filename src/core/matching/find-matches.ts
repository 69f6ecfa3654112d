import { and, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import { contactRequests, experiences, helpRequests, profileExperiences } from '../../db/schema';
import type { Database } from '../../db/client';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { findMatchCandidates, loadCandidateDetails, loadRarity } from './match-candidates';
import { isClosedHelpRequest } from './policy';
import { HIDDEN } from './queries';
import { sharesOrganisationAsMember } from './relation';
import { rankMatches } from './score-matches';
import { visibilitiesSeenBy } from './visibility';

export const FindMatchesSchema = z.object({
	helpRequestId: z.uuid('validation.invalid'),
	locale: z.enum(['fr', 'en']).optional().default('fr')
});

export interface MatchExplanation {
	experienceId: string;
	label: string;
	closeness: 'same' | 'branch';
	rare: boolean;
	/** The supporter lived it too and lets the requester see so on their profile. */
	livedToo: boolean;
}

/**
 * The actor's own help request, or NOT_FOUND. One hidden by a moderation decision is no longer matched
 * nor sent to anyone: the requester is told so (the decision and its reasons are in their account). Nor
 * is one whose open time ran out: the requester is invited to make a new one.
 */
export async function loadOwnHelpRequest(ctx: Ctx, helpRequestId: string) {
	const actor = requireActor(ctx);
	const [request] = await ctx.db
		.select()
		.from(helpRequests)
		.where(and(eq(helpRequests.id, helpRequestId), eq(helpRequests.requesterId, actor.accountId)));
	if (!request) throw new DomainError('NOT_FOUND');
	if (request.status === HIDDEN) throw new DomainError('CONFLICT', 'error.helpRequestHidden');
	if (isClosedHelpRequest(request, ctx.clock.now()))
		throw new DomainError('CONFLICT', 'error.helpRequestClosed');
	return request;
}

interface MatchFactsQuery {
	requesterId: string;
	supporterIds: string[];
	matchedIds: string[];
	locale: 'fr' | 'en';
}

/** What the list shows beside the ranking: labels, lived experiences the requester may see, contacts, offers. */
async function loadMatchFacts(
	db: Database,
	{ requesterId, supporterIds, matchedIds, locale }: MatchFactsQuery
) {
	// Every candidate shares an organisation with the requester (a hard filter), but a professional partner
	// there is not one of its members (relation.ts): "members of my organisations" is checked per supporter.
	const everyone = visibilitiesSeenBy({
		isSelf: false,
		isSignedIn: true,
		isSupporterInContact: false,
		sharesOrganisation: false
	});
	const seen = or(
		inArray(profileExperiences.visibility, everyone),
		and(
			eq(profileExperiences.visibility, 'my_organisations'),
			sharesOrganisationAsMember(requesterId, profileExperiences.accountId)
		)
	);
	const [labels, lived, contacts, details] = await Promise.all([
		matchedIds.length
			? db
					.select({ id: experiences.id, label: locale === 'en' ? experiences.labelEn : experiences.labelFr })
					.from(experiences)
					.where(inArray(experiences.id, matchedIds))
			: [],
		supporterIds.length && matchedIds.length
			? db
					.select({ accountId: profileExperiences.accountId, experienceId: profileExperiences.experienceId })
					.from(profileExperiences)
					.where(
						and(
							inArray(profileExperiences.accountId, supporterIds),
							inArray(profileExperiences.experienceId, matchedIds),
							seen
						)
					)
			: [],
		supporterIds.length
			? db
					.select({ supporterId: contactRequests.supporterId, status: contactRequests.status })
					.from(contactRequests)
					.where(
						and(
							eq(contactRequests.requesterId, requesterId),
							inArray(contactRequests.supporterId, supporterIds),
							inArray(contactRequests.status, ['pending', 'accepted'])
						)
					)
			: [],
		loadCandidateDetails(db, supporterIds)
	]);
	return {
		labelOf: new Map(labels.map((row) => [row.id, row.label])),
		livedSet: new Set(lived.map((row) => `${row.accountId}|${row.experienceId}`)),
		contactOf: new Map(contacts.map((row) => [row.supporterId, row.status])),
		details
	};
}

/**
 * A help request's ranked and explained list of peer supporters. Explanations show only what each
 * supporter chose to let the requester see: an experience they lived is said to be shared only when
 * their profile shows it to the requester; otherwise it is only "accompanied".
 */
export async function findMatches(ctx: Ctx, input: z.input<typeof FindMatchesSchema>) {
	const { helpRequestId, locale } = parseInput(FindMatchesSchema, input);
	const request = await loadOwnHelpRequest(ctx, helpRequestId);
	// Independent reads: on PostgreSQL they run side by side on the pool.
	const [candidates, rarity] = await Promise.all([
		findMatchCandidates(ctx.db, { ...request, requesterId: request.requesterId, now: ctx.clock.now() }),
		loadRarity(ctx.db, request.experienceIds)
	]);
	const ranked = rankMatches(request.experienceIds, candidates, rarity, {
		area: request.area,
		availability: request.availability,
		seed: request.id
	});
	const { labelOf, livedSet, contactOf, details } = await loadMatchFacts(ctx.db, {
		requesterId: request.requesterId,
		supporterIds: ranked.map((match) => match.supporterId),
		matchedIds: [...new Set(ranked.flatMap((match) => match.shared.map((shared) => shared.matchedId)))],
		locale
	});
	const areaOf = new Map(candidates.map((candidate) => [candidate.supporterId, candidate.area]));

	return {
		request,
		// A supporter who withdrew their offer since the ranking read it is left out.
		matches: ranked.flatMap((match) => {
			const offer = details.get(match.supporterId);
			if (!offer) return [];
			return {
				supporterId: match.supporterId,
				pseudonym: offer.pseudonym,
				formats: offer.formats,
				languages: offer.languages,
				introduction: offer.introduction,
				availability: offer.availability,
				availableTogether: match.availableTogether,
				area: areaOf.get(match.supporterId) ?? null,
				sameArea: match.sameArea,
				score: Math.round(match.score * 100) / 100,
				contactStatus: (contactOf.get(match.supporterId) ?? null) as 'pending' | 'accepted' | null,
				explanations: oncePerExperience(match.shared).map((shared): MatchExplanation => ({
					experienceId: shared.matchedId,
					label: labelOf.get(shared.matchedId) ?? shared.matchedId,
					closeness: shared.closeness,
					rare: shared.rare,
					livedToo: livedSet.has(`${match.supporterId}|${shared.matchedId}`)
				}))
			};
		})
	};
}

/**
 * One explanation per experience of the supporter's: one offered experience may answer two requested ones
 * (exactly one, and the other by its branch); the list names it once, at its closest (the shared list is
 * sorted by weight, so the first is the closest). Also the key of each explanation on the page.
 */
export function oncePerExperience<T extends { matchedId: string }>(shared: readonly T[]): T[] {
	const seen = new Set<string>();
	return shared.filter((entry) => !seen.has(entry.matchedId) && seen.add(entry.matchedId));
}
