import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { contactRequests, experiences, helpRequests, profileExperiences } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { findCandidates, loadParents, loadRarity } from './match-candidates';
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

/** The actor's own help request, or NOT_FOUND. */
export async function loadOwnHelpRequest(ctx: Ctx, helpRequestId: string) {
	const actor = requireActor(ctx);
	const [request] = await ctx.db
		.select()
		.from(helpRequests)
		.where(and(eq(helpRequests.id, helpRequestId), eq(helpRequests.requesterId, actor.accountId)));
	if (!request) throw new DomainError('NOT_FOUND');
	return request;
}

/**
 * A help request's ranked and explained list of peer supporters. Explanations show only what each
 * supporter chose to let the requester see: an experience they lived is said to be shared only when
 * their profile shows it to the requester; otherwise it is only "accompanied".
 */
export async function findMatches(ctx: Ctx, input: z.input<typeof FindMatchesSchema>) {
	const { helpRequestId, locale } = parseInput(FindMatchesSchema, input);
	const request = await loadOwnHelpRequest(ctx, helpRequestId);
	const candidates = await findCandidates(ctx.db, { ...request, requesterId: request.requesterId });
	const rarity = await loadRarity(ctx.db, request.experienceIds);
	const offered = [...new Set(candidates.flatMap((candidate) => candidate.experienceIds))];
	const parents = new Map([...(await loadParents(ctx.db, offered)), ...rarity.parents]);
	const ranked = rankMatches(
		request.experienceIds,
		candidates,
		{ ...rarity, parents },
		{ area: request.area, seed: request.id }
	);

	const supporterIds = ranked.map((match) => match.supporterId);
	const matchedIds = [...new Set(ranked.flatMap((match) => match.shared.map((shared) => shared.matchedId)))];
	// Every candidate shares an organisation with the requester (a hard filter): that is the relation.
	const seen = visibilitiesSeenBy({
		isSelf: false,
		isSignedIn: true,
		isSupporterInContact: false,
		sharesOrganisation: true
	});
	const [labels, lived, contacts] = await Promise.all([
		matchedIds.length
			? ctx.db
					.select({ id: experiences.id, label: locale === 'en' ? experiences.labelEn : experiences.labelFr })
					.from(experiences)
					.where(inArray(experiences.id, matchedIds))
			: [],
		supporterIds.length && matchedIds.length
			? ctx.db
					.select({ accountId: profileExperiences.accountId, experienceId: profileExperiences.experienceId })
					.from(profileExperiences)
					.where(
						and(
							inArray(profileExperiences.accountId, supporterIds),
							inArray(profileExperiences.experienceId, matchedIds),
							inArray(profileExperiences.visibility, seen)
						)
					)
			: [],
		supporterIds.length
			? ctx.db
					.select({ supporterId: contactRequests.supporterId, status: contactRequests.status })
					.from(contactRequests)
					.where(
						and(
							eq(contactRequests.requesterId, request.requesterId),
							inArray(contactRequests.supporterId, supporterIds),
							inArray(contactRequests.status, ['pending', 'accepted'])
						)
					)
			: []
	]);
	const labelOf = new Map(labels.map((row) => [row.id, row.label]));
	const livedSet = new Set(lived.map((row) => `${row.accountId}|${row.experienceId}`));
	const contactOf = new Map(contacts.map((row) => [row.supporterId, row.status]));
	const byId = new Map(candidates.map((candidate) => [candidate.supporterId, candidate]));

	return {
		request,
		matches: ranked.map((match) => {
			const candidate = byId.get(match.supporterId)!;
			return {
				supporterId: match.supporterId,
				pseudonym: candidate.pseudonym,
				formats: candidate.formats,
				languages: candidate.languages,
				area: candidate.area,
				sameArea: match.sameArea,
				score: Math.round(match.score * 100) / 100,
				contactStatus: (contactOf.get(match.supporterId) ?? null) as 'pending' | 'accepted' | null,
				explanations: match.shared.map((shared): MatchExplanation => ({
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
