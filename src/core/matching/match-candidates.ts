import { sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { selectRows, textArray } from '../../db/sql-helpers';
import type { MatchCandidate, RarityContext } from './score-matches';

export interface CandidateQuery {
	requesterId: string;
	experienceIds: readonly string[];
	formats: readonly string[];
	language: string;
	preferredGender: string | null;
	/** Restrict to one supporter (to re-check a single candidate before contacting them). */
	supporterId?: string;
}

export interface CandidateRow extends MatchCandidate {
	pseudonym: string;
	formats: string[];
	languages: string[];
}

/**
 * Supporters who pass every hard filter, in SQL: an offer, not paused, below capacity, a peer supporter
 * in an organisation the requester belongs to, a common format, the language, the gender preference,
 * no block either way, and at least one offered experience in a requested branch.
 */
export async function findCandidates(
	db: DatabaseOrTransaction,
	query: CandidateQuery
): Promise<CandidateRow[]> {
	const rows = await selectRows<{
		account_id: string;
		pseudonym: string;
		capacity: number;
		area: string | null;
		formats: string[];
		languages: string[];
		load: number;
		experience_ids: string[];
	}>(
		db,
		sql`
		with requested_branches as (
			select distinct coalesce(e.parent_id, e.id) as branch from experiences e where e.id = any(${textArray(query.experienceIds)})
		), offers as (
			select o.*, (select count(*)::int from accompaniments a where a.supporter_id = o.account_id and a.status = 'open') as load
			from supporter_offers o
			where o.paused = false
				and o.account_id <> ${query.requesterId}
				${query.supporterId ? sql`and o.account_id = ${query.supporterId}` : sql``}
				and o.formats && ${textArray(query.formats)}
				and ${query.language} = any(o.languages)
				${query.preferredGender ? sql`and o.gender = ${query.preferredGender}` : sql``}
				and exists (
					select 1 from memberships supporter_membership
					join memberships requester_membership on requester_membership.organisation_id = supporter_membership.organisation_id
					where supporter_membership.account_id = o.account_id and supporter_membership.status = 'active'
						and supporter_membership.role = 'peer_supporter'
						and requester_membership.account_id = ${query.requesterId} and requester_membership.status = 'active')
				and not exists (
					select 1 from blocks b
					where (b.blocker_id = ${query.requesterId} and b.blocked_id = o.account_id)
						or (b.blocker_id = o.account_id and b.blocked_id = ${query.requesterId}))
		)
		select offers.account_id, accounts.pseudonym, offers.capacity, offers.area, offers.formats, offers.languages, offers.load,
			array_agg(oe.experience_id) as experience_ids
		from offers
		join accounts on accounts.id = offers.account_id
		join offer_experiences oe on oe.account_id = offers.account_id
		where offers.load < offers.capacity
			and exists (
				select 1 from offer_experiences matching
				join experiences e on e.id = matching.experience_id
				where matching.account_id = offers.account_id
					and coalesce(e.parent_id, e.id) in (select branch from requested_branches))
		group by offers.account_id, accounts.pseudonym, offers.capacity, offers.area, offers.formats, offers.languages, offers.load`
	);
	return rows.map((row) => ({
		supporterId: row.account_id,
		pseudonym: row.pseudonym,
		capacity: row.capacity,
		area: row.area,
		formats: row.formats,
		languages: row.languages,
		activeAccompaniments: row.load,
		experienceIds: row.experience_ids
	}));
}

/**
 * How rare each experience is on the instance: people listing it (on their profile or offer), people
 * listing anything in each branch, and the population of people listing anything at all.
 */
export async function loadRarity(
	db: DatabaseOrTransaction,
	experienceIds: readonly string[]
): Promise<RarityContext> {
	const ids = textArray(experienceIds);
	const rows = await selectRows<{ id: string; parent_id: string | null; frequency: number }>(
		db,
		sql`
		with people as (
			select account_id, experience_id from profile_experiences
			union
			select account_id, experience_id from offer_experiences
		), wanted as (
			select e.id, e.parent_id from experiences e
			where e.id = any(${ids}) or e.id in (select coalesce(parent_id, id) from experiences where id = any(${ids}))
		)
		select wanted.id, wanted.parent_id,
			(select count(distinct people.account_id)::int from people
				join experiences pe on pe.id = people.experience_id
				where people.experience_id = wanted.id or (wanted.parent_id is null and pe.parent_id = wanted.id)) as frequency
		from wanted
		union all
		select '*population*', null, (select count(distinct account_id)::int from people)`
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

/** Parents of the given experience ids (for candidates' offered experiences not in the request). */
export async function loadParents(
	db: DatabaseOrTransaction,
	experienceIds: readonly string[]
): Promise<Map<string, string | null>> {
	const rows = await selectRows<{ id: string; parent_id: string | null }>(
		db,
		sql`select id, parent_id from experiences where id = any(${textArray(experienceIds)})`
	);
	return new Map(rows.map((row) => [row.id, row.parent_id]));
}
