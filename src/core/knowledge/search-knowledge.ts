import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { CONFIRMATION_BUCKETS, FACET_WEEK_SECONDS } from '../../db/schema';
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
 * At most this many matches are ranked: the most recent ones (found week by week, recentMatches). A
 * broader query is answered from its latest 2,000 matches; a filter or another word narrows it.
 */
export const RANKED_MATCHES = 2_000;

/** 0.5 when the contribution `c` is tagged with an experience the query names (read from its facets). */
function tagged(plan: SearchPlan): SQL {
	const ids = plan.experienceIds.filter((id) => !id.includes(':'));
	return ids.length ? sql`case when c.facets && ${textArray(ids)} then 0.5 else 0 end` : sql`0`;
}

/**
 * Relevance of a match (in the `matched` set, aliased `m`): ts_rank_cd with weights title 1, "what it
 * helped with" and easy-read 0.4, text 0.2, normalised to rank / (rank + 1), plus `tagged`. `matched`
 * keeps the tsvector, not the facets, so that sorting 2,000 of thousands of matches stays in memory.
 */
function relevance(tsquery: string): SQL {
	const text = tsquery ? sql`ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', m.search, ${tsquery}::tsquery, 32)` : sql`0`;
	return sql`(${text} + m.tagged)`;
}

/**
 * What the matching index holds (migrations 0030 and 0031): the text's lexemes and the facets, each as
 * `facet <token>`. Written exactly so, or the planner does not use the index. One tsquery on it answers
 * the words, the experiences they name and the filters together: a GIN scan intersects them, and only
 * the rows that match are read.
 */
const MATCHABLE = sql`(c.search || knowledge_facet_lexemes(c.facets))`;

/**
 * How `recentMatches` reads the matches by the week they were written in ('week:N' facets,
 * FACET_WEEK_SECONDS): first the current and the previous week (and the next); then as many weeks further
 * back as that pace says hold what is still wanted, `margin` times over, if that is at most `maxWeeks`;
 * then all the rest. Past `maxWeeks`, the index scan of that many weeks' facets (ORed, each a posting list
 * the index walks whole) costs more than reading the rest (measured at 1,000,000 rows: 98 weeks, 1 s).
 * Only from `fromRows` contributions (the planner's estimate): below, a query's matches are few enough
 * to be read at once, and the steps' extra index scans cost more than they save (measured at 100,000 on
 * PGlite: p50 46 -> 61 ms).
 */
/*
 * Step 2 is skipped for step 3 when reading every older match costs less than the weeks' facets: the
 * index walks each week's whole posting list (every contribution of that week), about a tenth of what
 * reading a matching row costs (`weekScanRatio`; measured at 1,000,000 rows on PostgreSQL: 34 weeks
 * ORed, 340,000 entries, 166 ms; the 6,985 matches of the same words read and filtered by date instead,
 * 38 ms warm and 93 ms cold). The older matches are estimated from step 1's share of the first weeks'
 * contributions (counted on the (audience, created_at) index).
 */
export const RECENT_STEPS = {
	firstWeeks: 2,
	margin: 1.25,
	maxWeeks: 40,
	fromRows: 200_000,
	weekScanRatio: 0.1
} as const;

/** The 'week:N' facet of an instant (the column's expression, migration 0033, in JavaScript). */
export const facetWeek = (at: Date): number => Math.floor(at.getTime() / (FACET_WEEK_SECONDS * 1000));
const weekStart = (week: number) => new Date(week * FACET_WEEK_SECONDS * 1000).toISOString();

/**
 * The `wanted` most recent rows of `contributions c` that match `matching` (a tsquery on the matching
 * index) and `checks`, with `columns`, in CTEs ending with `recent`: a query orders it by created_at desc
 * and cuts it; no row more recent than the cut is left out (ties at the cut fall as that order says).
 *
 * All the matches of a broad query would be read from the table to find its latest ones (the index knows
 * nothing of dates); instead they are read newest first, by adding 'week:N' facets to the tsquery, in at
 * most three steps, each run only when those before it found fewer than `wanted` (a one-time filter):
 * 1. the last RECENT_STEPS.firstWeeks weeks and the next one (and rows dated later, through the
 *    (audience, created_at) index: none unless a clock lags the database's);
 * 2. the weeks before, as many as step 1's pace says hold what is still wanted, RECENT_STEPS.margin times
 *    over (none after an empty step 1, or past RECENT_STEPS.maxWeeks: straight to step 3);
 * 3. every older match.
 * A broad query reads about `margin` times `wanted` rows; a narrow one, its matches and one more index scan.
 */
export function recentMatches(args: {
	matching: string;
	checks: SQL;
	columns: SQL;
	wanted: number;
	now: Date;
	/** RECENT_STEPS.fromRows unless said (tests). */
	fromRows?: number;
	/** RECENT_STEPS.weekScanRatio unless said (tests: 0 always takes step 2 when it may, 1e12 never). */
	weekScanRatio?: number;
}): SQL {
	const {
		matching,
		checks,
		columns,
		wanted,
		now,
		fromRows = RECENT_STEPS.fromRows,
		weekScanRatio = RECENT_STEPS.weekScanRatio
	} = args;
	const select = (tsquery: SQL, more: SQL) =>
		sql`select ${columns} from contributions c where ${MATCHABLE} @@ ${tsquery} and ${more} and ${checks}`;
	const current = facetWeek(now);
	const first = current - RECENT_STEPS.firstWeeks + 1;
	const weeks = Array.from({ length: current + 2 - first }, (_, index) =>
		facetOperand(`week:${current + 1 - index}`)
	);
	// Rows dated after next week (audiences other than these are never read: see readableBy).
	const audiences = sql.join(
		KNOWLEDGE_AUDIENCES.map((audience) => sql`${audience}`),
		sql`, `
	);
	const later = sql`c.audience in (${audiences}) and c.created_at >= ${weekStart(current + 2)}
		and (select exists (select 1 from contributions l
			where l.audience in (${audiences}) and l.created_at >= ${weekStart(current + 2)}))`;
	// Weeks since the first one began (1 to firstWeeks), for the pace of step 1.
	const elapsed = (now.getTime() / 1000 - first * FACET_WEEK_SECONDS) / FACET_WEEK_SECONDS;
	// Integers (and a float) computed here, written into the SQL: typed as they are.
	const [firstWeek, lastWeek, pace, want, margin, maxWeeks, rows, ratio] = [
		first,
		first - 1,
		elapsed,
		wanted,
		RECENT_STEPS.margin,
		RECENT_STEPS.maxWeeks,
		fromRows,
		weekScanRatio
	].map((value) => sql.raw(String(value)));
	const windowed = sql`(select windowed from step_size)`;
	const found = (steps: string[]) =>
		sql.raw(steps.map((step) => `(select count(*) from ${step})`).join(' + '));
	const tokens = sql`(select string_agg(format('%L', 'facet week:' || week), ' | ')::tsquery
		from generate_series(${firstWeek} - (select weeks from step_choice), ${lastWeek}) as week)`;
	return sql`step_size as (
			select coalesce((select reltuples from pg_class where oid = 'contributions'::regclass), 0) >= ${rows}
				as windowed
		), step_first as materialized (
			${select(sql`${allOf([matching, weeks.join(' | ')])}::tsquery`, windowed)}
			union all ${select(sql`${matching}::tsquery`, sql`${windowed} and ${later}`)}
		), step_weeks as (
			select case when found = 0 or found >= ${want} then 0
				else ceil(${margin} * (${want} - found) * ${pace}::float8 / found)::int end as weeks, found
			from (select count(*) as found from step_first) f
		), step_choice as (
			-- The weeks step 2 reads, or 0 (straight to step 3): see weekScanRatio. first_rows: the
			-- contributions of step 1's weeks and after; older matches ~ found / first_rows x the others.
			select case when weeks between 1 and ${maxWeeks} and (
					select found::float8 / greatest(first_rows, 1)
						* greatest((select reltuples from pg_class where oid = 'contributions'::regclass) - first_rows, 0)
						>= ${ratio} * weeks * first_rows / ${pace}::float8
					from (select count(*) as first_rows from contributions r
						where r.audience in (${audiences}) and r.created_at >= ${weekStart(first)}) r
				) then weeks else 0 end as weeks
			from step_weeks
		), step_back as materialized (
			${select(
				sql`(${matching}::tsquery && ${tokens})`,
				sql`(select weeks from step_choice) between 1 and ${maxWeeks}`
			)}
		), step_rest as materialized (
			${select(
				sql`${matching}::tsquery`,
				sql`${found(['step_first', 'step_back'])} < ${want} and (not ${windowed} or c.created_at < to_timestamp(
					(${firstWeek} - (select weeks from step_choice))
					* ${FACET_WEEK_SECONDS}::float8))`
			)}
		), recent as (
			select * from step_first union all select * from step_back union all select * from step_rest
		)`;
}

/** The facet tokens the filters ask for (all of them); false when they can match nothing. */
function filterFacets(filters: SearchFilters, viewer: KnowledgeViewer): string[] | false {
	const facets: string[] = [];
	if (viewer === null) facets.push('public');
	if (filters.form) facets.push(`form:${filters.form}`);
	if (filters.language) facets.push(`language:${filters.language}`);
	if (filters.easyRead) facets.push('easy-read');
	const bucket = confirmationBucket(filters.minConfirmations);
	if (bucket) facets.push(`confirmed:${bucket}`);
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
 * one tsquery on one GIN index (MATCHABLE), so the rows read are the matches; the read rule and the
 * exact confirmation count are then checked on those rows. Ranking, highest first, in three steps:
 * 1. the RANKED_MATCHES most recent matches (read week by week, newest first: recentMatches);
 * 2. relevance (see `relevance`) for each; the CANDIDATES most relevant go on;
 * 3. plus confirmations: 0.15 × ln(1 + peers who said it worked and count now), so the tenth
 *    confirmation weighs less than the first and a long-confirmed text cannot bury a precise new one;
 *    plus rarity: 0.2 / (1 + ln(1 + people)) for the rarest experience it is tagged with (people listing
 *    it, experience_frequencies): knowledge about a rare experience is rarer still, and found first.
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
					select m.id, m.worked_count, ${relevance(tsquery)} as relevance from matched m
					order by relevance desc, m.created_at desc limit ${CANDIDATES}
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
				)
				select ${columns} from candidates k join contributions c on c.id = k.id
				left join confirmed n on n.id = k.id left join rarity r on r.id = k.id
				order by k.relevance + 0.15 * ln(1 + coalesce(n.peers, 0)) + coalesce(r.boost, 0) desc,
					c.created_at desc, c.id ${limits}`;
	// Browsing with filters: the latest matches, read week by week as well.
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
