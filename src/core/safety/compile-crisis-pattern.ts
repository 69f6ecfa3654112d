import { anchorWords } from './anchor-words';
import { normaliseForDetection } from './normalise-for-detection';

// The lexicon is written in a small phrase language over normalised text (see normaliseForDetection):
//   words separated by one space      match words separated by one space
//   (a|b c)                           alternatives, each may hold several words
//   (la )? or (la|le)?                an optional word (the compiler adds the space)
//   *                                 up to three ordinary words, never a negation nor a break
//   {name}                            a macro from the lexicon, expanded before anything else
//   \. and ,                          a sentence end and a clause break
// Anything else is plain regular-expression syntax (lower-case escapes only). Each run of letters is
// folded by normaliseForDetection itself (accents, apostrophes, doubled letters), so phrases are
// written in ordinary French and English and always agree with the text they are matched against.

const GAP_MAX_WORDS = 3;
// Words a gap may not swallow: "je veux * mourir" must not match "je veux pas mourir".
const GAP_REFUSES =
	'ne|n|pas|pa|plus|plu|pu|jamais|jms|rien|aucun|aucune|sans|ni|not|never|no|nor|dont|didnt|cant|wont';
const GAP = `(?:(?!(?:${GAP_REFUSES}) )[a-z0-9]+ ){0,${GAP_MAX_WORDS}}`;

export type PatternMacros = Readonly<Record<string, string>>;

export interface PatternParts {
	phrase: string;
	/** Words right after the phrase that make it harmless ("mourir" + "de rire"). */
	unless?: string;
	/** When present, the phrase only counts if these words (or a break) come right after it. */
	followedBy?: string;
}

export interface CompiledPattern {
	pattern: RegExp;
	/** A match always contains one of these whole words; null when that cannot be known. */
	anchors: readonly string[] | null;
}

/** Compiles one lexicon phrase into a global regular expression over normalised text. */
export function compileCrisisPattern(parts: PatternParts, macros: PatternMacros): CompiledPattern {
	const body = toRegexBody(parts.phrase, macros);
	let source = ` ${body}(?= )`;
	if (parts.unless) source += `(?! (?:${toRegexBody(parts.unless, macros)})(?= ))`;
	if (parts.followedBy) source += `(?= (?:${toRegexBody(parts.followedBy, macros)})(?= ))`;
	return { pattern: new RegExp(source, 'g'), anchors: anchorWords(body) };
}

/** Compiles a context marker (past, resolved, fiction...) into a test over one normalised sentence. */
export function compileMarker(marker: string, macros: PatternMacros): RegExp {
	return new RegExp(` ${toRegexBody(marker, macros)}(?= )`);
}

function toRegexBody(phrase: string, macros: PatternMacros): string {
	const folded = expandMacros(phrase, macros)
		.replace(/[\p{L}'’]+/gu, foldWord)
		.replace(/\((?!\?)/g, '(?:');
	return splitTopLevel(folded)
		.map((token) => {
			if (token === '*') return GAP;
			// A gap is only understood between top-level words: inside a group it would be a bare quantifier.
			if (/ \* /.test(token)) throw new Error(`Crisis lexicon: a gap "*" inside a group in "${phrase}"`);
			// An optional group carries its own trailing space, so that its absence leaves one space.
			if (/^\(.*\)\?$/.test(token) && isBalanced(token.slice(0, -1))) {
				return `(?:${token.slice(0, -1).replace(/ (?=[|)])/g, '')} )?`;
			}
			return `${token} `;
		})
		.join('')
		.replace(/ $/, '');
}

// "Mettre" becomes "metre", "l'air" becomes "l air": the word as the text's normalisation leaves it.
function foldWord(word: string): string {
	return normaliseForDetection(word).slice(3, -3);
}

function expandMacros(phrase: string, macros: PatternMacros, depth = 0): string {
	if (depth > 5) throw new Error(`Crisis lexicon: macros nest too deep in "${phrase}"`);
	return phrase.replace(/\{(\w+)\}/g, (_, name: string) => {
		const macro = Object.hasOwn(macros, name) ? macros[name] : undefined;
		if (macro === undefined) throw new Error(`Crisis lexicon: unknown macro {${name}}`);
		return `(${expandMacros(macro, macros, depth + 1)})`;
	});
}

/** Splits on spaces outside parentheses and brackets. */
function splitTopLevel(source: string): string[] {
	const tokens: string[] = [];
	let depth = 0;
	let current = '';
	for (const character of source) {
		if (character === '(' || character === '[') depth++;
		if (character === ')' || character === ']') depth--;
		if (character === ' ' && depth === 0) {
			if (current) tokens.push(current);
			current = '';
		} else current += character;
	}
	if (current) tokens.push(current);
	return tokens;
}

// True when the token is one group from its first to its last character: "(a|b)" yes, "(a)(b)" no.
function isBalanced(token: string): boolean {
	let depth = 0;
	for (let index = 0; index < token.length; index++) {
		if (token[index] === '(') depth++;
		if (token[index] === ')') depth--;
		if (depth === 0 && index < token.length - 1) return false;
	}
	return depth === 0;
}
