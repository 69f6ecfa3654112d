import { sharedWeeklyMinutes } from './weekly-time';

/**
 * Pure scoring of peer supporters for a help request. Shared experiences weigh more the rarer they are on
 * the instance (an inverse frequency over everyone who lists them); sharing only the branch of the tree
 * counts, but less than sharing the experience itself. No I/O here: the queries gather the numbers.
 */

/** Sharing only the branch ("troubles psychiques") is worth this fraction of sharing the exact experience. */
export const BRANCH_FACTOR = 0.3;
/** Being in the same area helps, but never outweighs a shared experience. */
export const AREA_BONUS = 0.2;
/**
 * Being usually free at the same time as the requester (at least MIN_SHARED_MINUTES a week in common)
 * matters more than the area (a conversation needs both people free; the area only helps meeting), but a
 * shared experience still comes first: even together with the area bonus (0.6), it stays below the
 * smallest weight an exact shared experience can have (ln 2, about 0.69, when everybody lists it). So it
 * reorders supporters of a similar fit and never makes a match out of no shared experience. When either
 * side said nothing (the requester: "any time"; the supporter: unknown), nobody gets it.
 */
export const AVAILABILITY_BONUS = 0.4;
/** About one conversation a week. */
export const MIN_SHARED_MINUTES = 60;

export interface RarityContext {
	/** People on the instance with at least one experience on their profile or offer. */
	population: number;
	/** How many people list each experience id; for a branch id, how many list anything in that branch. */
	frequencies: ReadonlyMap<string, number>;
	/** Parent of each experience id (null for branches). */
	parents: ReadonlyMap<string, string | null>;
}

export interface MatchCandidate {
	supporterId: string;
	experienceIds: readonly string[];
	activeAccompaniments: number;
	capacity: number;
	area: string | null;
	/** Weekly slots ("mon-18:00-20:00"); empty when the supporter said nothing. */
	availability: readonly string[];
}

export interface SharedExperience {
	requestedId: string;
	matchedId: string;
	closeness: 'same' | 'branch';
	weight: number;
	rare: boolean;
}

export interface ScoredMatch {
	supporterId: string;
	score: number;
	shared: SharedExperience[];
	sameArea: boolean;
	/** Usually free at the same time; null when either side gave no availability. */
	availableTogether: boolean | null;
	loadRatio: number;
}

/** ln(1 + N / (1 + n)): about 0 for what everybody lists, large for what almost nobody does. */
export function rarityWeight(frequency: number, population: number): number {
	return Math.log(1 + Math.max(population, 1) / (1 + Math.max(frequency, 0)));
}

/** An experience is called "rare here" when at most 2 % of people, or at most 5 people, list it. */
export function isRare(frequency: number, population: number): boolean {
	return frequency <= 5 || frequency <= population * 0.02;
}

function branchOf(id: string, parents: ReadonlyMap<string, string | null>): string {
	return parents.get(id) ?? id;
}

function bestMatch(
	requestedId: string,
	offered: readonly string[],
	context: RarityContext
): SharedExperience | null {
	const { population, frequencies, parents } = context;
	if (offered.includes(requestedId)) {
		const frequency = frequencies.get(requestedId) ?? 0;
		return {
			requestedId,
			matchedId: requestedId,
			closeness: 'same',
			weight: rarityWeight(frequency, population),
			rare: isRare(frequency, population)
		};
	}
	const branch = branchOf(requestedId, parents);
	const matchedId = offered.find((id) => branchOf(id, parents) === branch);
	if (!matchedId) return null;
	const frequency = frequencies.get(branch) ?? 0;
	return {
		requestedId,
		matchedId,
		closeness: 'branch',
		weight: BRANCH_FACTOR * rarityWeight(frequency, population),
		rare: false
	};
}

/** Whether two weekly availabilities have a conversation's worth in common; null when one is not given. */
export function availableTogether(requested: readonly string[], offered: readonly string[]): boolean | null {
	if (requested.length === 0 || offered.length === 0) return null;
	return sharedWeeklyMinutes(requested, offered) >= MIN_SHARED_MINUTES;
}

/** What the request brings beside its experiences. */
export interface RequestContext {
	area: string | null;
	/** The requester's usual times; empty means any time. */
	availability?: readonly string[];
}

/** Scores one candidate: the best match for each requested experience, counted once each. */
export function scoreCandidate(
	requestedIds: readonly string[],
	candidate: MatchCandidate,
	context: RarityContext,
	request: RequestContext
): ScoredMatch {
	const requestArea = request.area;
	const shared = requestedIds
		.map((id) => bestMatch(id, candidate.experienceIds, context))
		.filter((match): match is SharedExperience => match !== null)
		.sort((a, b) => b.weight - a.weight);
	const sameArea =
		requestArea !== null &&
		candidate.area !== null &&
		normaliseArea(requestArea) === normaliseArea(candidate.area);
	const together = availableTogether(request.availability ?? [], candidate.availability);
	const experienceScore = shared.reduce((sum, match) => sum + match.weight, 0);
	const bonus = (sameArea ? AREA_BONUS : 0) + (together ? AVAILABILITY_BONUS : 0);
	return {
		supporterId: candidate.supporterId,
		score: experienceScore > 0 ? experienceScore + bonus : 0,
		shared,
		sameArea,
		availableTogether: together,
		loadRatio: candidate.capacity > 0 ? candidate.activeAccompaniments / candidate.capacity : 1
	};
}

function normaliseArea(area: string): string {
	return area.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

/** A stable pseudo-random number per (seed, supporter): rotates equal candidates between requests. */
export function rotation(seed: string, supporterId: string): number {
	let hash = 2166136261;
	for (const character of seed + ':' + supporterId) {
		hash ^= character.charCodeAt(0);
		hash = Math.imul(hash, 16777619);
	}
	return (hash >>> 0) / 4294967296;
}

/**
 * Ranks candidates who share at least a branch with the request. Equal scores go first to the least
 * loaded supporter, then rotate with the request's seed, so the same few people are not always first.
 */
export function rankMatches(
	requestedIds: readonly string[],
	candidates: readonly MatchCandidate[],
	context: RarityContext,
	options: RequestContext & { seed: string; limit?: number }
): ScoredMatch[] {
	// The tie-breaking hash is computed once per candidate, not in every comparison: a common request
	// has thousands of equal scores.
	return candidates
		.map((candidate) => scoreCandidate(requestedIds, candidate, context, options))
		.filter((match) => match.score > 0)
		.map((match) => ({ match, turn: rotation(options.seed, match.supporterId) }))
		.sort(
			(a, b) =>
				Math.round((b.match.score - a.match.score) * 1e6) ||
				a.match.loadRatio - b.match.loadRatio ||
				a.turn - b.turn
		)
		.slice(0, options.limit ?? 20)
		.map(({ match }) => match);
}
