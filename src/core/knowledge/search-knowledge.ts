import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { selectRows, textArray } from '../../db/sql-helpers';
import { parseInput, type Ctx } from '../shared';
import { confirmationTallies, countsNow, type ConfirmationTally } from './confirmation-counts';
import { markdownToPlainText } from './markdown';
import { loadKnowledgeViewer } from './queries';
import { readableBy } from './readable-sql';
import { analyseQuery } from './search-analysis';
import { allOfAny, anyOfAll, excerpt, MAX_QUERY_LENGTH, queryWords, type SearchPlan } from './search-terms';
import {
	CONTRIBUTION_LANGUAGES,
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

const CONFIRMED = (now: Date) => sql`(select count(*) from contribution_confirmations
	where contribution_confirmations.contribution_id = c.id and contribution_confirmations.kind = 'worked'
	and ${countsNow(now)})`;

/** Contributions tagged with one of these experiences or one of their children. */
const taggedWith = (experienceIds: string[]) => sql`exists (select 1 from contribution_experiences ce
	join experiences e on e.id = ce.experience_id
	where ce.contribution_id = c.id
		and (e.id = any(${textArray(experienceIds)}) or e.parent_id = any(${textArray(experienceIds)})))`;

/**
 * Ranking, highest first, every term between 0 and about 1, in two steps so that the cost stays bounded
 * whatever the number of matches:
 * 1. relevance, computed for every match from the row alone: ts_rank_cd with weights title 1, "what it
 *    helped with" and easy-read 0.4, text 0.2 (normalised to rank / (rank + 1)), plus 0.5 when tagged with
 *    an experience the query names; the CANDIDATES most relevant go on;
 * 2. among them, plus confirmations: 0.15 × ln(1 + peers who said it worked), so the tenth confirmation
 *    weighs less than the first and a long-confirmed text cannot bury a precise new one; plus rarity:
 *    0.2 / (1 + ln(1 + people)) for the rarest experience it is tagged with (people listing it,
 *    experience_frequencies): knowledge about a rare experience is rarer still, and found first.
 */
function relevance(plan: SearchPlan, tsquery: string): SQL {
	const text = tsquery ? sql`ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', c.search, ${tsquery}::tsquery, 32)` : sql`0`;
	const tagged = plan.experienceIds.length
		? sql`case when ${taggedWith(plan.experienceIds)} then 0.5 else 0 end`
		: sql`0`;
	return sql`(${text} + ${tagged})`;
}

const boost = (now: Date) => sql`(0.15 * ln(1 + ${CONFIRMED(now)})
	+ coalesce((select max(0.2 / (1 + ln(1 + coalesce(
			(select f.people from experience_frequencies f where f.key = ce.experience_id), 0))))
		from contribution_experiences ce where ce.contribution_id = c.id), 0))`;

/** Matches re-ranked by confirmations and rarity: the pages a search serves come from these. */
const CANDIDATES = SEARCH_MAX_PAGE * SEARCH_PAGE_SIZE;

/** The text condition of a plan: required words, and one of the experience's words or tags. */
function matches(plan: SearchPlan): SQL[] {
	const conditions: SQL[] = [];
	if (plan.required.length) conditions.push(sql`c.search @@ ${allOfAny(plan.required)}::tsquery`);
	if (plan.experienceIds.length)
		conditions.push(
			sql`(c.search @@ ${anyOfAll(plan.alternatives)}::tsquery or ${taggedWith(plan.experienceIds)})`
		);
	return conditions;
}

/**
 * Searches the experiential knowledge the actor may read: French full-text search (stemming, accents
 * folded), typos corrected against the lexicon, vocabulary synonyms widened to their experience; filters;
 * ranked (see `rank`). Without words, the latest contributions first (browsing).
 */
export async function searchKnowledge(ctx: Ctx, input: SearchKnowledgeInput): Promise<KnowledgeSearch> {
	const filters = parseInput(SearchKnowledgeSchema, input);
	const now = ctx.clock.now();
	const viewer = await loadKnowledgeViewer(ctx.db, ctx.actor);
	const plan = await analyseQuery(ctx.db, queryWords(filters.q));
	const textConditions = matches(plan);
	// Words were typed but none is known nor close to a known one: nothing matches (not the latest list).
	if (textConditions.length === 0 && plan.unknown.length > 0) textConditions.push(sql`false`);
	const conditions = [readableBy(viewer), ...textConditions];
	if (filters.experience) conditions.push(taggedWith([filters.experience]));
	if (filters.form) conditions.push(sql`c.form = ${filters.form}`);
	if (filters.language) conditions.push(sql`c.language = ${filters.language}`);
	if (filters.easyRead) conditions.push(sql`c.easy_read_summary <> ''`);
	if (filters.minConfirmations > 0) conditions.push(sql`${CONFIRMED(now)} >= ${filters.minConfirmations}`);
	// Ranked against any of the words: a result matched through an experience's tag still ranks by its text.
	const tsquery = allOfAny([[...plan.required, ...plan.alternatives].flat()]);
	const where = sql.join(conditions, sql` and `);
	const limits = sql`limit ${SEARCH_PAGE_SIZE + 1} offset ${(filters.page - 1) * SEARCH_PAGE_SIZE}`;
	const columns = sql`c.id, c.title, c.form, left(c.body, 2000) as body, c.content_warnings, c.language,
		c.easy_read_summary <> '' as has_easy_read, c.created_at`;
	const query =
		textConditions.length > 0
			? sql`with candidates as (
					select c.id, ${relevance(plan, tsquery)} as relevance from contributions c where ${where}
					order by relevance desc, c.created_at desc limit ${CANDIDATES}
				)
				select ${columns} from candidates k join contributions c on c.id = k.id
				order by k.relevance + ${boost(now)} desc, c.created_at desc, c.id ${limits}`
			: sql`select ${columns} from contributions c where ${where}
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
