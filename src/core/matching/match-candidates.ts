import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { accounts, supporterOffers } from '../../db/schema';
import { selectRows, textArray } from '../../db/sql-helpers';
import type { MatchCandidate, RarityContext } from './score-matches';

export interface CandidateQuery {
	requesterId: string;
	experienceIds: readonly string[];
	formats: readonly string[];
	language: string;
	preferredGender: string | null;
	/** Supporters in a cool-down or suspended until after this instant are left out. */
	now: Date;
	/** Restrict to one supporter (to re-check a single candidate before contacting them). */
	supporterId?: string;
}

export interface CandidateRow extends MatchCandidate {
	pseudonym: string;
	formats: string[];
	languages: string[];
}

export type CandidateDetails = Pick<CandidateRow, 'pseudonym' | 'formats' | 'languages'> & {
	/** What the supporter wrote to introduce themselves (at most 500 characters; may be empty). */
	introduction: string;
	availability: string[];
};

/** Every entry of the branches the experiences belong to (the branches themselves included). */
async function branchEntries(db: DatabaseOrTransaction, experienceIds: readonly string[]): Promise<string[]> {
	const rows = await selectRows<{ id: string }>(
		db,
		sql`select id from experiences where coalesce(parent_id, id) in (
			select coalesce(parent_id, id) from experiences where id = any(${textArray(experienceIds)}))`
	);
	return rows.map((row) => row.id);
}

/**
 * The hard filters, as the from and where clauses over supporter offers `o` (with `open_accompaniments.load`):
 * an offer, not paused nor in a cool-down, a supporter not suspended, below capacity, a peer supporter in an
 * organisation the requester belongs to, a
 * common format, the language, the gender preference, no block either way, and at least one offered
 * experience in a requested branch. The branch's entries come as values, not as a subquery: the planner
 * then knows from its statistics whether they select a handful of offers or thousands, and orders the
 * filters to match.
 */
function eligibleOffers(query: CandidateQuery, branchIds: readonly string[]): SQL {
	return sql`
		from supporter_offers o
		cross join lateral (
			select count(*)::int as load from accompaniments a where a.supporter_id = o.account_id and a.status = 'open'
		) open_accompaniments
		where o.account_id in (select account_id from offer_experiences where experience_id = any(${textArray(branchIds)}))
			and o.paused = false
			and (o.paused_until is null or o.paused_until <= ${query.now.toISOString()}::timestamptz)
			and o.account_id <> ${query.requesterId}
			and o.account_id not in (
				select id from accounts where suspended_until > ${query.now.toISOString()}::timestamptz)
			${query.supporterId ? sql`and o.account_id = ${query.supporterId}` : sql``}
			and o.formats && ${textArray(query.formats)}
			and ${query.language} = any(o.languages)
			${query.preferredGender ? sql`and o.gender = ${query.preferredGender}` : sql``}
			and o.account_id in (
				select supporter_membership.account_id from memberships supporter_membership
				join memberships requester_membership
					on requester_membership.organisation_id = supporter_membership.organisation_id
				where supporter_membership.role = 'peer_supporter' and supporter_membership.status = 'active'
					and requester_membership.account_id = ${query.requesterId} and requester_membership.status = 'active')
			and o.account_id not in (
				select blocked_id from blocks where blocker_id = ${query.requesterId}
				union all
				select blocker_id from blocks where blocked_id = ${query.requesterId})
			and open_accompaniments.load < o.capacity`;
}

const OFFERED_EXPERIENCES = sql`array(
	select oe.experience_id from offer_experiences oe where oe.account_id = o.account_id order by oe.experience_id)`;

interface ScoringRow {
	account_id: string;
	capacity: number;
	area: string | null;
	load: number;
	experience_ids: string[];
	availability: string[];
}

const toMatchCandidate = (row: ScoringRow): MatchCandidate => ({
	supporterId: row.account_id,
	capacity: row.capacity,
	area: row.area,
	activeAccompaniments: row.load,
	experienceIds: row.experience_ids,
	availability: row.availability
});

/** Supporters who pass every hard filter (see eligibleOffers), with what the list shows of them. */
export async function findCandidates(
	db: DatabaseOrTransaction,
	query: CandidateQuery
): Promise<CandidateRow[]> {
	const branchIds = await branchEntries(db, query.experienceIds);
	if (branchIds.length === 0) return [];
	const rows = await selectRows<ScoringRow & Pick<CandidateRow, 'pseudonym' | 'formats' | 'languages'>>(
		db,
		sql`select o.account_id, o.capacity, o.area, o.availability, open_accompaniments.load, ${OFFERED_EXPERIENCES} as experience_ids,
			(select pseudonym from accounts where accounts.id = o.account_id) as pseudonym, o.formats, o.languages
		${eligibleOffers(query, branchIds)}`
	);
	return rows.map((row) => ({
		...toMatchCandidate(row),
		pseudonym: row.pseudonym,
		formats: row.formats,
		languages: row.languages
	}));
}

/**
 * The same supporters as findCandidates, with only what scoring reads: a common request has thousands of
 * candidates and shows twenty, so the rest (loadCandidateDetails) is read for those twenty only.
 */
export async function findMatchCandidates(
	db: DatabaseOrTransaction,
	query: CandidateQuery
): Promise<MatchCandidate[]> {
	const branchIds = await branchEntries(db, query.experienceIds);
	if (branchIds.length === 0) return [];
	const rows = await selectRows<ScoringRow>(
		db,
		sql`select o.account_id, o.capacity, o.area, o.availability, open_accompaniments.load, ${OFFERED_EXPERIENCES} as experience_ids
		${eligibleOffers(query, branchIds)}`
	);
	return rows.map(toMatchCandidate);
}

/** Pseudonym, formats, languages, introduction and availability of the given supporters' offers. */
export async function loadCandidateDetails(
	db: DatabaseOrTransaction,
	supporterIds: readonly string[]
): Promise<Map<string, CandidateDetails>> {
	if (supporterIds.length === 0) return new Map();
	const rows = await db
		.select({
			supporterId: supporterOffers.accountId,
			pseudonym: accounts.pseudonym,
			formats: supporterOffers.formats,
			languages: supporterOffers.languages,
			introduction: supporterOffers.introduction,
			availability: supporterOffers.availability
		})
		.from(supporterOffers)
		.innerJoin(accounts, eq(accounts.id, supporterOffers.accountId))
		.where(inArray(supporterOffers.accountId, [...supporterIds]));
	return new Map(rows.map(({ supporterId, ...details }) => [supporterId, details]));
}

/**
 * How rare each experience is on the instance: people listing it (on their offer, or on their profile
 * shown at least to members: what someone keeps to themselves never counts), people listing anything in
 * each branch, and the population of people listing anything at all. The counts are kept by triggers in
 * experience_frequencies (migrations 0005 and 0016): reading them costs a few rows. Parents come
 * for the requested experiences, their branches and every entry of those branches: all that scoring ever
 * compares (an offered experience outside the requested branches matches nothing, parent known or not).
 */
export async function loadRarity(
	db: DatabaseOrTransaction,
	experienceIds: readonly string[]
): Promise<RarityContext> {
	const ids = textArray(experienceIds);
	const rows = await selectRows<{ id: string; parent_id: string | null; frequency: number }>(
		db,
		sql`
		with branches as (
			select coalesce(parent_id, id) as id from experiences where id = any(${ids})
		), wanted as (
			select e.id, e.parent_id from experiences e
			where e.id = any(${ids}) or e.id in (select id from branches)
				or coalesce(e.parent_id, e.id) in (select id from branches)
		)
		select wanted.id, wanted.parent_id, coalesce(frequency.people, 0) as frequency
		from wanted left join experience_frequencies frequency on frequency.key = wanted.id
		union all
		select '*population*', null, coalesce((select people from experience_frequencies where key = '*'), 0)`
	);
	const frequencies = new Map<string, number>();
	const parents = new Map<string, string | null>();
	let population = 0;
	for (const row of rows) {
		if (row.id === '*population*') population = row.frequency;
		else {
			frequencies.set(row.id, row.frequency);
			parents.set(row.id, row.parent_id);
		}
	}
	return { population, frequencies, parents };
}
