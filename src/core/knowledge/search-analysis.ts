import { sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { selectRows, textArray } from '../../db/sql-helpers';
import {
	planSearch,
	queryLexemes,
	type AnalysedWord,
	type MatchedPhrase,
	type SearchPlan
} from './search-terms';

/**
 * Below this trigram similarity a word is not taken for a typo of a known one. pg_trgm's `%` (default
 * threshold 0.3) lets the trigram index find candidates; this stricter bar picks among them.
 */
export const TYPO_SIMILARITY = 0.4;

// The vocabulary's phrases (labels and synonyms, French and English) of approved experiences.
const VOCABULARY_PHRASES = sql`
	select e.id, phrase, tsvector_to_array(to_tsvector('entrepairs_fr', phrase)) as lexemes
	from experiences e, unnest(array[e.label_fr, e.label_en] || e.synonyms) as phrase
	where e.status = 'approved'`;

/**
 * Asks the database what each query word is: its lexeme, whether any contribution or the vocabulary holds
 * it, and otherwise the closest known lexemes (typo tolerance, through the lexicon's trigram index).
 */
async function analyseWords(db: DatabaseOrTransaction, words: string[]): Promise<AnalysedWord[]> {
	const rows = await selectRows<{
		word: string;
		lexeme: string | null;
		known: boolean;
		corrections: string[] | null;
	}>(
		db,
		sql`
		with input as (
			select w.word, w.ord,
				(select lexeme from unnest(to_tsvector('entrepairs_fr', w.word)) limit 1) as lexeme
			from unnest(${textArray(words)}) with ordinality as w(word, ord)
		), vocabulary as (
			select distinct unnest(lexemes) as lexeme from (${VOCABULARY_PHRASES}) phrases
		), checked as (
			select input.*, (input.lexeme is null
				or exists (select 1 from knowledge_lexicon l where l.word = input.lexeme)
				or exists (select 1 from vocabulary v where v.lexeme = input.lexeme)) as known
			from input
		)
		select word, lexeme, known,
			case when not known then array(
				select candidate from (
					select l.word as candidate, similarity(l.word, checked.lexeme) as score
					from knowledge_lexicon l where l.word % checked.lexeme
					union all
					select v.lexeme, similarity(v.lexeme, checked.lexeme) from vocabulary v
					where v.lexeme % checked.lexeme
				) candidates
				where score >= ${TYPO_SIMILARITY}
				order by score desc, length(candidate), candidate
				limit 3
			) end as corrections
		from checked order by ord`
	);
	return rows.map((row) => ({ ...row, known: Boolean(row.known), corrections: row.corrections ?? [] }));
}

/** The vocabulary phrases all of whose lexemes the query holds, with their experiences' labels. */
async function matchPhrases(db: DatabaseOrTransaction, lexemes: string[]): Promise<MatchedPhrase[]> {
	if (lexemes.length === 0) return [];
	const rows = await selectRows<{ id: string; lexemes: string[]; label_fr: string[]; label_en: string[] }>(
		db,
		sql`
		select distinct on (phrases.id, phrases.lexemes) phrases.id, phrases.lexemes,
			tsvector_to_array(to_tsvector('entrepairs_fr', e.label_fr)) as label_fr,
			tsvector_to_array(to_tsvector('entrepairs_fr', e.label_en)) as label_en
		from (${VOCABULARY_PHRASES}) phrases join experiences e on e.id = phrases.id
		where cardinality(phrases.lexemes) > 0 and phrases.lexemes <@ ${textArray(lexemes)}`
	);
	// A phrase inside a longer matched one ("voix" in "entente de voix") adds nothing of its own.
	const matched = rows.map((row) => ({
		experienceId: row.id,
		lexemes: row.lexemes,
		labels: [row.label_fr, row.label_en]
	}));
	return matched.filter(
		(phrase) =>
			!matched.some(
				(other) =>
					other !== phrase &&
					other.lexemes.length > phrase.lexemes.length &&
					phrase.lexemes.every((lexeme) => other.lexemes.includes(lexeme))
			)
	);
}

/** The plan of a search for these words (two short queries; none for an empty query). */
export async function analyseQuery(db: DatabaseOrTransaction, words: string[]): Promise<SearchPlan> {
	if (words.length === 0)
		return { required: [], experienceIds: [], alternatives: [], corrections: [], unknown: [] };
	const analysed = await analyseWords(db, words);
	return planSearch(analysed, await matchPhrases(db, queryLexemes(analysed)));
}
