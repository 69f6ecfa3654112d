import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { CONFIRMATION_BUCKETS, KNOWLEDGE_PERIOD_SECONDS } from '../../db/schema';
import { selectRows, textArray } from '../../db/sql-helpers';
import { parseInput, type Ctx } from '../shared';
import { confirmationTallies, countsNow, type ConfirmationTally } from './confirmation-counts';
import { markdownToPlainText } from './markdown';
import type { KnowledgeViewer } from './policy';
import { loadKnowledgeViewer } from './queries';
import { contributionsAsC, readableBy } from './readable';
import { analyseQuery } from './search-analysis';
import {
	allOf,
	allOfAny,
	excerpt,
	facetOperand,
	inPeriod,
	MAX_QUERY_LENGTH,
	queryWords,
	wordsQuery,
	type SearchPlan
} from './search-terms';
import {
	CONTRIBUTION_LANGUAGES,
	KNOWLEDGE_AUDIENCES,
	KNOWLEDGE_FORMS,
	type ContentWarning,
	type ContributionLanguage,
	type KnowledgeForm
} from './vocabulary';

export const SEARCH_PAGE_SIZE = 20;
/** Pages past this are not served (limit/offset gets slower the further it goes; refine the query). */
export const SEARCH_MAX_PAGE = 25;

const emptyOr = <T extends [string, ...string[]]>(values: T) =>
	z
		.union([z.enum(values), z.literal('')])
		.optional()
		.default('');

export const SearchKnowledgeSchema = z.object({
	/** Free text: cut at 1,000 characters, never refused; operators of any syntax only separate words. */
	q: z
		.string()
		.optional()
		.default('')
		.transform((text) => text.slice(0, MAX_QUERY_LENGTH).trim()),
	/** An experience id: contributions tagged with it or one of its children. */
	experience: z.string().trim().max(200, 'validation.tooLong').optional().default(''),
	form: emptyOr([...KNOWLEDGE_FORMS]),
	/** At least this many peers said "je l'ai vécu aussi, ça a marché pour moi" (confirmations that count). */
	minConfirmations: z.coerce.number().int().min(0).max(1000).optional().default(0),
	/** Only contributions with an easy-read (FALC) summary. */
	easyRead: z
		.union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0', ''])])
		.optional()
		.transform((value) => value === true || value === 'on' || value === 'true' || value === '1'),
	language: emptyOr([...CONTRIBUTION_LANGUAGES]),
	page: z.coerce.number().int().min(1).max(SEARCH_MAX_PAGE).optional().default(1)
});
export type SearchKnowledgeInput = z.input<typeof SearchKnowledgeSchema>;
type SearchFilters = z.output<typeof SearchKnowledgeSchema>;

export interface KnowledgeSearchResult {
	id: string;
	title: string;
	form: KnowledgeForm;
	excerpt: string;
	contentWarnings: ContentWarning[];
	language: ContributionLanguage;
	hasEasyRead: boolean;
	createdAt: string;
	tally: ConfirmationTally;
}

export interface KnowledgeSearch {
	/** The query as understood: corrected words and the experiences it was widened to. */
	corrections: SearchPlan['corrections'];
	experienceIds: string[];
	results: KnowledgeSearchResult[];
	page: number;
	hasMore: boolean;
}

/** Peers whose "it worked" counts now (countsNow), for the contribution `c` (only read where it can be > 0). */
const CONFIRMED = (now: Date) => sql`(select count(*) from contribution_confirmations
	where contribution_confirmations.contribution_id = c.id and contribution_confirmations.kind = 'worked'
	and ${countsNow(now)})`;

/** The largest bucket of the facets ('confirmed:N') at most `count`; 0 for none. */
export const confirmationBucket = (count: number): number =>
	[...CONFIRMATION_BUCKETS].reverse().find((bucket) => bucket <= count) ?? 0;

/** Matches ranked by text, then re-ranked by confirmations and rarity: the pages come from these. */
const CANDIDATES = SEARCH_MAX_PAGE * SEARCH_PAGE_SIZE;
/**
 * At most this many matches are ranked: the most recent ones (found period by period, recentMatches). A
 * broader query is answered from its latest 2,000 matches; a filter or another word narrows it.
 */
export const RANKED_MATCHES = 2_000;

/** 0.5 when the contribution `c` is tagged with an experience the query names (read from its facets). */
function tagged(plan: SearchPlan): SQL {
	const ids = plan.experienceIds.filter((id) => !id.includes(':'));
	return ids.length ? sql`case when c.facets && ${textArray(ids)} then 0.5 else 0 end` : sql`0`;
}

/**
 * Relevance of a match by its text, `rank` over its tsvector `search` with weights title 1, "what it
 * helped with" and easy-read 0.4, text 0.2, normalised to rank / (rank + 1), plus `tagged`. The
 * RANKED_MATCHES matches are cut to the CANDIDATES most relevant by ts_rank (how often and where the
 * words appear), which costs a seventh of ts_rank_cd (measured: 2,000 tsvectors, eight words: 1.6 against
 * 11 ms); the candidates are then ranked by ts_rank_cd (cover density: the words close together).
 */
function relevance(rank: 'ts_rank' | 'ts_rank_cd', from: 'm' | 'k', tsquery: string): SQL {
	const text = tsquery
		? sql`${sql.raw(rank)}('{0.1, 0.2, 0.4, 1.0}', ${sql.raw(from)}.search, ${tsquery}::tsquery, 32)`
		: sql`0`;
	return sql`(${text} + ${sql.raw(from)}.tagged)`;
}

/**
 * What the matching index holds (migrations 0030 and 0031): the text's lexemes and the facets, each as
 * `facet <token>`. Written exactly so, or the planner does not use the index. One tsquery on it answers
 * the words, the experiences they name and the filters together: a GIN scan intersects them, and only
 * the rows that match are read.
 */
const MATCHABLE = sql`(c.search || knowledge_facet_lexemes(c.facets))`;

/**
 * How `recentMatches` reads the latest matches: period by period (KNOWLEDGE_PERIOD_SECONDS, four weeks),
 * newest first, `firstPeriods` at once, then up to `maxPeriods` in all if their pace says those hold what
 * is wanted, else all the rest at once. The period index's posting lists hold only one period's rows, so a
 * frequent query costs the periods it reads, not the whole table (measured at 1,000,000 rows on
 * PostgreSQL, a two-word query with filters matching 9,500 rows: 40-57 ms on the whole matching index,
 * 0.2-2 ms a period). One index scan per period: ORed in one tsquery, 20 periods cost 200-350 ms (GIN
 * checks the whole query for every row any period's lists hold). Only from `fromRows` contributions (the
 * planner's estimate): below, a query's matches are few enough to be read at once, and the periods'
 * index scans cost more than they save (measured at 100,000 on PGlite: p50 46 -> 61 ms).
 */
export const RECENT_STEPS = { firstPeriods: 3, maxPeriods: 26, fromRows: 200_000 } as const;

/** The period of an instant, as knowledge_period_lexemes (migration 0034) writes it. */
export const knowledgePeriod = (at: Date): number =>
	Math.floor(at.getTime() / (KNOWLEDGE_PERIOD_SECONDS * 1000));
const periodStart = (period: number) => new Date(period * KNOWLEDGE_PERIOD_SECONDS * 1000).toISOString();

/** What the period index holds (migrations 0034 and 0035), written exactly so, or it is not used. */
const PERIODIC = sql`knowledge_period_lexemes(c.search, c.facets, c.created_at)`;

/**
 * The `wanted` most recent rows of `contributions c` that match `matching` (a tsquery on the matching
 * index) and `checks`, with `columns`, in CTEs ending with `recent`: a query orders it by created_at desc
 * and cuts it; no row more recent than the cut is left out (ties at the cut fall as that order says).
 *
 * All the matches of a frequent query would be read to find its latest ones (the matching index knows
 * nothing of dates); instead they are read newest first, on the period index (`matching` qualified with
 * each period: inPeriod), each step run only when those before it found fewer than `wanted`:
 * 1. rows dated after the next period, through the (audience, created_at) index (none unless a clock
 *    lags the database's);
 * 2. the next, the current and the previous period (RECENT_STEPS.firstPeriods), one index scan each;
 * 3. if step 2's pace says the periods before, up to `maxPeriods` in all, hold what is still wanted: those,
 *    newest first, one index scan each, until `wanted` rows are pulled (a LIMIT stops the walk); then the
 *    period it stopped in, whole (the rows pulled from it are any of its matches, not its latest);
 * 4. else (a rare query, or the walk ran out of periods) every older match, on the matching index.
 * A frequent query reads about `wanted` rows and the periods that hold them; a rare one, its matches.
 */
export function recentMatches(args: {
	matching: string;
	checks: SQL;
	columns: SQL;
	wanted: number;
	now: Date;
	/** RECENT_STEPS.fromRows unless said (tests). */
	fromRows?: number;
	/** RECENT_STEPS.maxPeriods unless said (tests). */
	maxPeriods?: number;
}): SQL {
	const {
		matching,
		checks,
		columns,
		wanted,
		now,
		fromRows = RECENT_STEPS.fromRows,
		maxPeriods = RECENT_STEPS.maxPeriods
	} = args;
	const next = knowledgePeriod(now) + 1;
	// `matching` in each period of the walk, newest first (the next one, the current one, …).
	const periods = textArray(
		Array.from({ length: maxPeriods }, (_, index) => inPeriod(matching, next - index))
	);
	// Rows dated after the next period (audiences other than these are never read: see readableBy).
	const audiences = sql.join(
		KNOWLEDGE_AUDIENCES.map((audience) => sql`${audience}`),
		sql`, `
	);
	const after = periodStart(next + 1);
	const later = sql`c.audience in (${audiences}) and c.created_at >= ${after}
		and (select exists (select 1 from contributions l where l.audience in (${audiences}) and l.created_at >= ${after}))`;
	// Step 2's periods (the next, the current and the previous one), and their pace: how many of them have
	// begun (1 to 2, the current one counted as far as it has gone).
	const first = Math.min(RECENT_STEPS.firstPeriods, maxPeriods);
	const elapsed =
		(now.getTime() - Date.parse(periodStart(next + 1 - first))) / (KNOWLEDGE_PERIOD_SECONDS * 1000);
	// Integers and floats computed here, written into the SQL: typed as they are.
	const [want, rows, firstCount, walkCount, pace] = [
		wanted,
		fromRows,
		first,
		maxPeriods - first,
		Math.max(elapsed, 0.001)
	].map((value) => sql.raw(String(value)));
	const windowed = sql`(select windowed from step_size)`;
	const need = sql`(select need from step_need)`;
	const pulled = sql`(select pulled from step_last)`;
	const inPeriodOf = (period: SQL) => sql`(
		select ${columns} from contributions c where ${PERIODIC} @@ ${period}::tsquery and ${checks}) x`;
	return sql`step_size as (
			select coalesce((select reltuples from pg_class where oid = 'contributions'::regclass), 0) >= ${rows}
				as windowed
		), step_later as materialized (
			select ${columns} from contributions c
			where ${MATCHABLE} @@ ${matching}::tsquery and ${windowed} and ${later} and ${checks}
		), step_first as materialized (
			select x from unnest((${periods}::text[])[1:${firstCount}]) as p(query)
			cross join lateral ${inPeriodOf(sql`p.query`)} where ${windowed}
		), step_need as (
			-- Step 3 only if step 2's pace says its periods hold what is still needed.
			select need, found > 0 and found / ${pace}::float8 * ${walkCount} >= need as walk
			from (select ${want} - (select count(*) from step_later) - found as need, found
				from (select count(*) as found from step_first) f) n
		), step_walk as materialized (
			select p.n as walked, x from unnest((${periods}::text[])[${firstCount} + 1:]) with ordinality as p(query, n)
			cross join lateral ${inPeriodOf(sql`p.query`)}
			where (select walk from step_need) limit greatest(${need}, 0)
		), step_last as (
			select coalesce(max(walked), 0) as last, count(*) as pulled from step_walk
		), step_whole as materialized (
			select x.* from ${inPeriodOf(sql`(${periods}::text[])[${firstCount} + (select last from step_last)]`)}
			where ${need} > 0 and ${pulled} = ${need}
		), step_rest as materialized (
			select ${columns} from contributions c where ${MATCHABLE} @@ ${matching}::tsquery and ${pulled} < ${need}
				and (not ${windowed} or c.created_at < case when (select walk from step_need)
					then ${periodStart(next + 1 - maxPeriods)}::timestamptz else ${periodStart(next + 1 - first)}::timestamptz end)
				and ${checks}
		), recent as (
			select * from step_later union all select (x).* from step_first
			union all select (x).* from step_walk where walked < (select last from step_last) or ${pulled} < ${need}
			union all select * from step_whole union all select * from step_rest
		)`;
}

/** The facet tokens the filters ask for (all of them); false when they can match nothing. */
function filterFacets(filters: SearchFilters, viewer: KnowledgeViewer): string[] | false {
	const facets: string[] = [];
	if (viewer === null) facets.push('public');
	if (filters.language) facets.push(`language:${filters.language}`);
	if (filters.easyRead) facets.push('easy-read');
	// Form and confirmations asked together: their one token (see the facets column).
	const bucket = confirmationBucket(filters.minConfirmations);
	if (filters.form && bucket) facets.push(`form:${filters.form}+confirmed:${bucket}`);
	else if (filters.form) facets.push(`form:${filters.form}`);
	else if (bucket) facets.push(`confirmed:${bucket}`);
	// An experience id never holds ':' (other facet tokens do): such a filter matches nothing.
	if (filters.experience.includes(':')) return false;
	if (filters.experience) facets.push(filters.experience);
	return facets;
}

/**
 * Searches the experiential knowledge the actor may read: French full-text search (stemming, accents
 * folded), typos corrected against the lexicon, vocabulary synonyms widened to their experience; filters;
 * ranked. Without words, the latest contributions first (browsing).
 *
 * Cost bounded whatever the number of contributions: the words, the experiences they name and the
 * filters (experience branch, form, language, easy-read, public for visitors, a confirmation bucket) are
 * one tsquery on one GIN index (MATCHABLE, or the period index: recentMatches), so the rows read are the
 * matches; the read rule and the exact confirmation count are then checked on those rows. Ranking,
 * highest first, in three steps:
 * 1. the RANKED_MATCHES most recent matches (read period by period, newest first: recentMatches);
 * 2. relevance by ts_rank (see `relevance`) for each; the CANDIDATES most relevant go on;
 * 3. relevance by ts_rank_cd, plus confirmations: 0.15 × ln(1 + peers who said it worked and count
 *    now), so the tenth confirmation weighs less than the first and a long-confirmed text cannot bury a
 *    precise new one; plus rarity: 0.2 / (1 + ln(1 + people)) for the rarest experience it is tagged
 *    with (people listing it, experience_frequencies): knowledge about a rare experience is rarer still,
 *    and found first.
 */
export async function searchKnowledge(ctx: Ctx, input: SearchKnowledgeInput): Promise<KnowledgeSearch> {
	const filters = parseInput(SearchKnowledgeSchema, input);
	const now = ctx.clock.now();
	const viewer = await loadKnowledgeViewer(ctx.db, ctx.actor);
	const plan = await analyseQuery(ctx.db, queryWords(filters.q));
	const words = wordsQuery(plan);
	const facets = filterFacets(filters, viewer);
	// Words were typed but none is known nor close to a known one: nothing matches (not the latest list).
	const nothing = words === false || facets === false || (!words && plan.unknown.length > 0);
	const matching = nothing ? '' : allOf([words || '', ...facets.map(facetOperand)]);
	// What the index cannot say, checked on the rows it gives: the read rule, the exact confirmations.
	const checks = [readableBy(viewer, { scope: 'reading', table: contributionsAsC })];
	// The exact count (confirmations still waiting their seven days left out) is looked up only for the
	// rows where some may still wait: elsewhere `worked_count` is that count.
	if (filters.minConfirmations > 0)
		checks.push(sql`c.worked_count >= ${filters.minConfirmations}
			and (c.worked_counts_from <= ${now.toISOString()} or ${CONFIRMED(now)} >= ${filters.minConfirmations})`);
	// Ranked against any of the words: a result matched through an experience's tag still ranks by its text.
	const tsquery = allOfAny([[...plan.required, ...plan.alternatives].flat()]);
	const limits = sql`limit ${SEARCH_PAGE_SIZE + 1} offset ${(filters.page - 1) * SEARCH_PAGE_SIZE}`;
	const columns = sql`c.id, c.title, c.form, left(c.body, 2000) as body, c.content_warnings, c.language,
		c.easy_read_summary <> '' as has_easy_read, c.created_at`;
	const ranked = nothing || Boolean(words) || plan.unknown.length > 0;
	const recent = (columns: SQL, wanted: number) =>
		recentMatches({ matching, checks: sql.join(checks, sql` and `), columns, wanted, now });
	let query: SQL;
	if (nothing) query = sql`select ${columns} from contributions c where false`;
	else if (ranked)
		query = sql`with ${recent(sql`c.id, c.created_at, c.worked_count, c.search, ${tagged(plan)} as tagged`, RANKED_MATCHES)},
				matched as materialized (
					select * from recent order by created_at desc limit ${RANKED_MATCHES}
				), candidates as materialized (
					select m.id, m.created_at, m.worked_count, m.search, m.tagged from matched m
					order by ${relevance('ts_rank', 'm', tsquery)} desc, m.created_at desc limit ${CANDIDATES}
				), confirmed as (
					select contribution_confirmations.contribution_id as id, count(*) as peers
					from candidates k join contribution_confirmations on contribution_confirmations.contribution_id = k.id
					where k.worked_count > 0 and contribution_confirmations.kind = 'worked' and ${countsNow(now)}
					group by contribution_confirmations.contribution_id
				), rarity as (
					select ce.contribution_id as id,
						max(0.2 / (1 + ln(1 + coalesce(f.people, 0)))) as boost
					from candidates k join contribution_experiences ce on ce.contribution_id = k.id
					left join experience_frequencies f on f.key = ce.experience_id
					group by ce.contribution_id
				), ranked as materialized (
					-- The page, then its rows: the text of only those is read.
					select k.id, k.created_at, ${relevance('ts_rank_cd', 'k', tsquery)}
						+ 0.15 * ln(1 + coalesce(n.peers, 0)) + coalesce(r.boost, 0) as score
					from candidates k left join confirmed n on n.id = k.id left join rarity r on r.id = k.id
					order by score desc, k.created_at desc, k.id ${limits}
				)
				select ${columns} from ranked k join contributions c on c.id = k.id
				order by k.score desc, k.created_at desc, k.id`;
	// Browsing with filters: the latest matches, read period by period as well.
	else if (matching)
		query = sql`with ${recent(columns, filters.page * SEARCH_PAGE_SIZE + 1)}
				select * from recent order by created_at desc, id ${limits}`;
	else
		query = sql`select ${columns} from contributions c where ${sql.join(checks, sql` and `)}
				order by c.created_at desc, c.id ${limits}`;
	const rows = await selectRows<{
		id: string;
		title: string;
		form: KnowledgeForm;
		body: string;
		content_warnings: ContentWarning[];
		language: ContributionLanguage;
		has_easy_read: boolean;
		created_at: Date | string;
	}>(ctx.db, query);
	const page = rows.slice(0, SEARCH_PAGE_SIZE);
	const tallies = await confirmationTallies(
		ctx.db,
		page.map((row) => row.id),
		now
	);
	return {
		corrections: plan.corrections,
		experienceIds: plan.experienceIds,
		page: filters.page,
		hasMore: rows.length > SEARCH_PAGE_SIZE,
		results: page.map((row) => ({
			id: row.id,
			title: row.title,
			form: row.form,
			excerpt: excerpt(markdownToPlainText(row.body)),
			contentWarnings: row.content_warnings,
			language: row.language,
			hasEasyRead: Boolean(row.has_easy_read),
			createdAt: new Date(row.created_at).toISOString(),
			tally: tallies.get(row.id)!
		}))
	};
}
