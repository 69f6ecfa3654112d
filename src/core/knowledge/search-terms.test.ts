import { describe, expect, it } from 'vitest';
import {
	excerpt,
	MAX_QUERY_WORDS,
	planSearch,
	queryWords,
	allOf,
	allOfAny,
	anyOfAll,
	facetOperand,
	wordsQuery,
	type AnalysedWord,
	type MatchedPhrase,
	type SearchPlan
} from './search-terms';

const word = (
	text: string,
	lexeme: string | null,
	known = true,
	corrections: string[] = []
): AnalysedWord => ({
	word: text,
	lexeme,
	known,
	corrections
});

describe('queryWords', () => {
	it.each([
		['plain words', 'Sortie d’hôpital', ['sortie', 'd', 'hôpital']],
		['tsquery operators', "voix & !hopital | 'x':* <-> (y)", ['voix', 'hopital', 'x', 'y']],
		['SQL', "'; drop table contributions; --", ['drop', 'table', 'contributions']],
		['backslashes and quotes', '\\\\ "a\\b" \'\'', ['a', 'b']],
		['repeats', 'voix Voix VOIX', ['voix']],
		['nothing but syntax', '&|!:*()"\'\\', []],
		['words too long', `${'a'.repeat(41)} court`, ['court']]
	])('%s', (_name, text, expected) => {
		expect(queryWords(text)).toEqual(expected);
	});

	it('keeps at most a dozen words of a 1,000-character query', () => {
		const words = queryWords('mot'.concat(...Array.from({ length: 400 }, (_, index) => ` m${index}`)));
		expect(words).toHaveLength(MAX_QUERY_WORDS);
	});
});

describe('planSearch', () => {
	const voices: MatchedPhrase = {
		experienceId: 'troubles-psychiques/entente-de-voix',
		lexemes: ['entendeur', 'voix'],
		labels: [
			['entent', 'voix'],
			['hearing', 'voic']
		]
	};
	it.each([
		[
			'known words are all required',
			[word('sortie', 'sort'), word('hôpital', 'hopital')],
			[],
			{ required: [['sort'], ['hopital']], experienceIds: [], alternatives: [], corrections: [], unknown: [] }
		],
		[
			'stop words are dropped',
			[word('de', null), word('voix', 'voix')],
			[],
			{ required: [['voix']], experienceIds: [], alternatives: [], corrections: [], unknown: [] }
		],
		[
			'an unknown word is replaced by its correction',
			[word('hopitall', 'hopitall', false, ['hopital', 'hopitaux'])],
			[],
			{
				required: [['hopital', 'hopitaux']],
				experienceIds: [],
				alternatives: [],
				corrections: [{ from: 'hopitall', to: 'hopital' }],
				unknown: []
			}
		],
		[
			'an unknown word without a close one is dropped',
			[word('zzqx', 'zzqx', false), word('voix', 'voix')],
			[],
			{ required: [['voix']], experienceIds: [], alternatives: [], corrections: [], unknown: ['zzqx'] }
		],
		[
			'a vocabulary phrase widens to the experience, the other words stay required',
			[
				word('entendeur', 'entendeur'),
				word('de', null),
				word('voie', 'voi', false, ['voic', 'voix']),
				word('nuit', 'nuit')
			],
			[voices],
			{
				required: [['nuit']],
				experienceIds: ['troubles-psychiques/entente-de-voix'],
				alternatives: [
					['entendeur', 'voix'],
					['entent', 'voix'],
					['hearing', 'voic']
				],
				corrections: [{ from: 'voie', to: 'voic' }],
				unknown: []
			}
		]
	])('%s', (_name, words, phrases, expected) => {
		expect(planSearch(words, phrases)).toEqual(expected);
	});
});

describe('tsquery text', () => {
	it.each([
		[[['a', 'b'], ['c']], "('a' & 'b') | ('c')", "('a' | 'b') & ('c')"],
		[[['a', "b'c", 'd\\'], []], "('a')", "('a')"],
		[[[]], '', '']
	])('%j', (groups, any, all) => {
		expect([anyOfAll(groups), allOfAny(groups)]).toEqual([any, all]);
	});
});

describe('facet operands', () => {
	it.each([
		['a form', 'form:technique', "'facet form:technique'"],
		[
			'an experience id',
			'troubles-psychiques/entente-de-voix',
			"'facet troubles-psychiques/entente-de-voix'"
		],
		['quotes doubled', "a'b", "'facet a''b'"],
		['backslashes escaped', 'a\\b', "'facet a\\\\b'"],
		['tsquery syntax stays inside the quotes', "x' | !'y':* & (z)", "'facet x'' | !''y'':* & (z)'"]
	])('%s', (_name, token, expected) => {
		expect(facetOperand(token)).toBe(expected);
	});

	it('ANDs operands, each parenthesised, and leaves out empty ones', () => {
		expect(allOf(["('a' | 'b')", '', "'facet public'"])).toBe("(('a' | 'b')) & ('facet public')");
		expect(allOf([''])).toBe('');
	});
});

describe('wordsQuery', () => {
	const plan = (fields: Partial<SearchPlan>): SearchPlan => ({
		required: [],
		experienceIds: [],
		alternatives: [],
		corrections: [],
		unknown: [],
		...fields
	});
	it.each([
		['no words', plan({}), ''],
		['required words', plan({ required: [['nuit'], ['carnet', 'carn']] }), "('nuit') & ('carnet' | 'carn')"],
		[
			'a phrase or the experience’s tag, with the other words',
			plan({ required: [['nuit']], experienceIds: ['a/b'], alternatives: [['entent', 'voix']] }),
			"(('nuit')) & (('entent' & 'voix') | 'facet a/b')"
		],
		[
			'the tag alone when only a phrase was typed',
			plan({ experienceIds: ['a/b'], alternatives: [['voix']] }),
			"(('voix') | 'facet a/b')"
		],
		[
			'an id with a colon is no tag',
			plan({ experienceIds: ['x:y'], alternatives: [['voix']] }),
			"(('voix'))"
		],
		['nothing left to look for', plan({ experienceIds: ['x:y'] }), false],
		['required words without a phrase', plan({ required: [['nuit']], experienceIds: ['a/b'] }), "('nuit')"]
	])('%s', (_name, input, expected) => {
		expect(wordsQuery(input)).toBe(expected);
	});
});

describe('excerpt', () => {
	it.each([
		['short', 'Court.', 10, 'Court.'],
		['cut at a word', 'Un deux trois quatre', 12, 'Un deux…'],
		['punctuation before the cut dropped', 'Un, deux, trois', 9, 'Un, deux…']
	])('%s', (_name, text, length, expected) => {
		expect(excerpt(text, length)).toBe(expected);
	});
});
