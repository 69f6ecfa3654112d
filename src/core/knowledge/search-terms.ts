// The pure half of knowledge search: from what a person typed to the tsquery the database runs. Nothing
// here reaches SQL as syntax: a query word is letters and digits only, every other character (the
// operators of SQL and tsquery: & | ! :* ( ) quotes, backslashes) only separates words.

/** A longer query is cut here (never refused: a search form answers, whatever was pasted in it). */
export const MAX_QUERY_LENGTH = 1_000;
/** Words beyond these are ignored: no one searches with more, and each word costs a lexicon lookup. */
export const MAX_QUERY_WORDS = 12;
const MAX_WORD_LENGTH = 40;

const WORD = /[\p{L}\p{N}]+/gu;
const LEXEME = /^[\p{L}\p{N}]+$/u;

/** The words of a query, lower-case, in order, without repeats. */
export function queryWords(text: string): string[] {
	const words = text.slice(0, MAX_QUERY_LENGTH).normalize('NFC').toLowerCase().match(WORD) ?? [];
	return [...new Set(words.filter((word) => word.length <= MAX_WORD_LENGTH))].slice(0, MAX_QUERY_WORDS);
}

/** What the database said of one query word. */
export interface AnalysedWord {
	word: string;
	/** Its lexeme in the `entrepairs_fr` configuration (stemmed, accents folded); null for a stop word. */
	lexeme: string | null;
	/** Whether a contribution or the experience vocabulary holds that lexeme. */
	known: boolean;
	/**
	 * For an unknown word, the closest known lexemes by trigram similarity (over the threshold), best
	 * first: a typo often sits as close to two words ("voie": "voix", "voice"), so all of them are tried.
	 */
	corrections: string[];
}

/** A phrase of the vocabulary (an experience's label or synonym) whose words are all in the query. */
export interface MatchedPhrase {
	experienceId: string;
	lexemes: string[];
	/** The lexemes of the experience's labels (French, English): what the query is widened to. */
	labels: string[][];
}

export interface SearchPlan {
	/**
	 * What every result holds: for each remaining query word, one of its lexemes (the word's own, or its
	 * corrections); words an experience phrase took are not in it.
	 */
	required: string[][];
	/** The matched experiences: a result holds one of `alternatives` or is tagged with one of them. */
	experienceIds: string[];
	/** Each alternative is a list of lexemes ANDed: the phrases typed and the experiences' labels. */
	alternatives: string[][];
	/** Words replaced by a known one, to tell the reader ("hopitall" -> "hopital"). */
	corrections: Array<{ from: string; to: string }>;
	/** Words found nowhere and close to nothing: left out of the query (all of them: nothing matches). */
	unknown: string[];
}

/** The lexemes a word stands for once typos are corrected (none: a stop word, or nothing close). */
const effectiveLexemes = (word: AnalysedWord) =>
	(word.known ? (word.lexeme === null ? [] : [word.lexeme]) : word.corrections).filter((lexeme) =>
		LEXEME.test(lexeme)
	);

/**
 * The plan of a search: which lexemes are required and which experiences widen it. A vocabulary phrase
 * typed in the query ("entendeur de voix") stops being required word by word: a result may instead say
 * the experience's label ("entente de voix") or be tagged with it.
 */
export function planSearch(words: AnalysedWord[], phrases: MatchedPhrase[]): SearchPlan {
	const taken = new Set(phrases.flatMap((phrase) => phrase.lexemes));
	const required: string[][] = [];
	const corrections: SearchPlan['corrections'] = [];
	const unknown: string[] = [];
	for (const word of words) {
		const lexemes = effectiveLexemes(word);
		if (!word.known && lexemes.length === 0) unknown.push(word.word);
		if (!word.known && lexemes.length) corrections.push({ from: word.word, to: lexemes[0]! });
		const typed = word.lexeme !== null && taken.has(word.lexeme);
		if (lexemes.length === 0 || typed || lexemes.some((lexeme) => taken.has(lexeme))) continue;
		if (!required.some((group) => group.join() === lexemes.join())) required.push(lexemes);
	}
	const alternatives: string[][] = [];
	const seen = new Set<string>();
	for (const phrase of phrases) {
		for (const lexemes of [phrase.lexemes, ...phrase.labels]) {
			const clean = lexemes.filter((lexeme) => LEXEME.test(lexeme));
			const key = [...clean].sort().join(' ');
			if (clean.length === 0 || seen.has(key)) continue;
			seen.add(key);
			alternatives.push(clean);
		}
	}
	const experienceIds = [...new Set(phrases.map((phrase) => phrase.experienceId))];
	return { required, experienceIds, alternatives, corrections, unknown };
}

/** Every lexeme the query stands for, typed and corrected: what vocabulary phrases are matched against. */
export function queryLexemes(words: AnalysedWord[]): string[] {
	const all = words.flatMap((word) => [word.lexeme, ...word.corrections]);
	return [...new Set(all.filter((lexeme): lexeme is string => lexeme !== null))];
}

const quoted = (group: string[], operator: ' & ' | ' | ') =>
	`(${group
		.filter((lexeme) => LEXEME.test(lexeme))
		.map((lexeme) => `'${lexeme}'`)
		.join(operator)})`;
const nonEmpty = (group: string[]) => group.some((lexeme) => LEXEME.test(lexeme));

/**
 * A tsquery in PostgreSQL's input syntax, cast with `::tsquery` (no further normalisation): the groups
 * ORed, the lexemes of a group ANDed. Lexemes are letters and digits only, so quoting cannot break.
 */
export function anyOfAll(groups: string[][]): string {
	return groups
		.filter(nonEmpty)
		.map((group) => quoted(group, ' & '))
		.join(' | ');
}

/** The same the other way round: the groups ANDed, the lexemes of a group ORed. */
export function allOfAny(groups: string[][]): string {
	return groups
		.filter(nonEmpty)
		.map((group) => quoted(group, ' | '))
		.join(' & ');
}

/**
 * What a facet token ('form:technique', an experience id, …) is in the matching index: `facet ` and the
 * token (knowledge_facet_lexemes, migration 0030). The space keeps it apart from every word of a text:
 * the parser never puts one in a lexeme, so a text saying "public" or naming a path is no facet.
 */
export const FACET_PREFIX = 'facet ';

/** A facet token as a tsquery operand: quoted, its quotes doubled and backslashes escaped (any token). */
export function facetOperand(token: string): string {
	return `'${`${FACET_PREFIX}${token}`.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** A quoted tsquery operand: its doubled quotes and backslash escapes inside. */
const OPERAND = /'((?:[^'\\]|''|\\.)*)'/g;

/**
 * A tsquery (as built here: quoted operands only, no weights nor prefixes) as the period index answers it
 * for one period: every operand qualified as knowledge_period_lexemes writes it, 'lexeme@period'.
 */
export function inPeriod(tsquery: string, period: number): string {
	return tsquery.replace(OPERAND, (_, operand: string) => `'${operand}@${period}'`);
}

/** Operands ANDed ('' for none), each of them parenthesised: one tsquery the matching index answers. */
export function allOf(operands: string[]): string {
	return operands
		.filter(Boolean)
		.map((operand) => `(${operand})`)
		.join(' & ');
}

/**
 * The words of a plan as one tsquery on the matching index: the required words, and one of the matched
 * experiences' phrases or their tag (a facet). '' when there are no words; false when nothing can match
 * (an experience matched, but neither a phrase nor a tag is left to look for).
 */
export function wordsQuery(plan: SearchPlan): string | false {
	const required = allOfAny(plan.required);
	if (plan.experienceIds.length === 0) return required;
	const tags = plan.experienceIds.filter((id) => !id.includes(':')).map(facetOperand);
	const alternatives = anyOfAll(plan.alternatives);
	// Without a phrase, the required words alone (a tag adds nothing to them), or else one of the tags.
	if (!alternatives) return required || (tags.length > 0 && tags.join(' | '));
	return allOf([required, [alternatives, ...tags].join(' | ')]);
}

/** An excerpt of a plain text: whole words up to about `length` characters, an ellipsis when cut. */
export function excerpt(text: string, length = 240): string {
	if (text.length <= length) return text;
	const cut = text.slice(0, length);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.!?]+$/u, '')}…`;
}
