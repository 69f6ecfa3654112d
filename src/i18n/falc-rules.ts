/**
 * The easy-read (FALC) rules the catalogue's easy-read texts are checked against (falc.test.ts), with the
 * word lists they use. Sources:
 * - [IE] Inclusion Europe, « Information for all: European standards for making information easy to read and
 *   understand » (2009; French version « L’information pour tous : règles européennes pour une information
 *   facile à lire et à comprendre », with Unapei): short sentences, one idea per sentence, common words,
 *   explain or avoid hard words, no abbreviations or initials without explanation, numbers in digits, no
 *   percentages (say « 1 personne sur 2 »), active voice, positive sentences rather than negative ones,
 *   no special characters.
 * - [Unapei] Unapei, « L’information pour tous » (French guide with the same rules), and its FALC practice:
 *   15 words at most a sentence, no inclusive writing with dots, no « (s) » plurals (a screen reader says
 *   them letter by letter and new readers stumble on them).
 * A rule is a name, where it comes from, what it asks and a check returning the faults in a text.
 */

export interface FalcRule {
	name: string;
	source: string;
	advice: string;
	/** The faults found in a (rendered) text: the words or passages that break the rule. */
	faults: (text: string) => string[];
}

/** 15 words at most in a sentence [Unapei; IE: « use short sentences »]. */
export const MAX_WORDS_PER_SENTENCE = 15;

/** Hard words and their easy replacements [IE: « use words that are easy to understand »]. */
export const HARD_WORDS: Record<string, string> = {
	facultatif: 'si vous voulez',
	facultative: 'si vous voulez',
	effectuer: 'faire',
	afin: 'pour',
	néanmoins: 'mais',
	cependant: 'mais',
	toutefois: 'mais',
	hormis: 'sauf',
	désormais: 'maintenant',
	dorénavant: 'maintenant',
	auparavant: 'avant',
	ultérieurement: 'plus tard',
	actuellement: 'maintenant',
	immédiatement: 'tout de suite',
	solliciter: 'demander',
	procéder: 'faire',
	modalités: 'comment faire',
	via: 'par',
	notifier: 'prévenir',
	coordonnées: 'numéro de téléphone et adresse',
	paramètres: 'réglages',
	susceptible: 'peut',
	conformément: 'comme le dit',
	relatif: 'sur',
	instance: 'ce site',
	session: 'connexion',
	sessions: 'connexions',
	récupération: 'secours',
	définitivement: 'pour toujours',
	intervision: 'réunion entre pair-aidants',
	occurrence: 'date',
	préalable: 'avant',
	requis: 'demandé',
	caractères: 'lettres ou chiffres',
	visibilité: 'qui peut voir',
	adhésion: 'entrer',
	consentement: 'accord',
	ainsi: 'comme ça'
};

/** Markers of the passive voice [IE: « use active sentences »]: a form of « être » + participle + « par ». */
const PASSIVE =
	/(?<![\p{L}\p{N}])(?:est|sont|sera|seront|était|étaient|été|soit|soient)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes)\s+par\b/iu;

/** Abbreviations [IE: « do not use abbreviations »]. */
const ABBREVIATIONS =
	/(?:^|[\s(])(ex|etc|cf|env|min|max|tél|svp|nb|max|hab|réf|p\.-s|c\.-à-d)\.(?=\s|$|[,;)])|\b\d+\s?h\b|\b\d+\s?h\/\d+|\bh\/24\b/giu;

/** Initials (GEM, CMP, SAMU) must be explained in brackets right after, or right before in brackets. */
const INITIALS = /\p{Lu}{2,}/gu;
/** Initials everyone reads as a word. */
export const KNOWN_INITIALS = new Set(['SMS', 'OK']);

/**
 * Negative forms with a positive one [IE: « use positive sentences rather than negative ones »]: the
 * pattern and what to write instead.
 */
export const NEGATIONS: Array<[RegExp, string]> = [
	[/\bn['’]\s*est pas obligatoire\b/iu, 'vous pouvez, si vous voulez'],
	[/\bn['’]oubliez pas\b|\bne pas oublier\b/iu, 'pensez à'],
	[/\bpas (?:très )?(?:facile|simple)\b/iu, 'difficile'],
	[/\bne \p{L}+ pas possible\b|\bn['’]est pas possible\b/iu, 'impossible'],
	[/\bnon lus?\b/iu, 'nouveaux messages'],
	[/\bpas de limite\b/iu, 'autant que vous voulez'],
	[/\bn['’]hésitez pas\b/iu, 'vous pouvez'],
	[/\bpas (?:d['’]accord|content)\b/iu, 'contre / mécontent'],
	[/\bne \p{L}+ pas avant\b/iu, 'attendez'],
	[/\bne \p{L}+ pas plus de\b/iu, 'au plus'],
	[/\bpas moins de\b/iu, 'au moins']
];

/** Numbers written as words [IE: « write numbers as digits »] (« un », « une » are articles too: left out). */
const NUMBER_WORDS =
	/\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille)\b/iu;

const WORD = /[\p{L}\p{N}]/u;
const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The sentences of a text: split after . ! ? … and before a line break. */
export function sentencesOf(text: string): string[] {
	return text
		.split(/(?<=[.!?…])\s+|\n+/u)
		.map((sentence) => sentence.trim())
		.filter((sentence) => WORD.test(sentence));
}

export const FALC_RULES: FalcRule[] = [
	{
		name: 'sentence-length',
		source: 'Unapei; Inclusion Europe (short sentences)',
		advice: `${MAX_WORDS_PER_SENTENCE} words at most a sentence: cut it in two`,
		faults: (text) =>
			sentencesOf(text).filter(
				(sentence) => (sentence.match(WORD_PATTERN) ?? []).length > MAX_WORDS_PER_SENTENCE
			)
	},
	{
		name: 'one-idea',
		source: 'Inclusion Europe (one idea per sentence; no semicolons)',
		advice: 'no « ; »: write 2 sentences',
		faults: (text) => (text.includes(';') ? [';'] : [])
	},
	{
		name: 'hard-word',
		source: 'Inclusion Europe (easy words); Unapei',
		advice: 'use the easy word given',
		faults: (text) =>
			(text.match(WORD_PATTERN) ?? [])
				.filter((word) => Object.hasOwn(HARD_WORDS, word.toLowerCase()))
				.map((word) => `${word} -> ${HARD_WORDS[word.toLowerCase()]}`)
	},
	{
		name: 'passive-voice',
		source: 'Inclusion Europe (active sentences)',
		advice: 'say who does what: « X fait… »',
		faults: (text) => [...(text.match(PASSIVE) ?? [])]
	},
	{
		name: 'abbreviation',
		source: 'Inclusion Europe (no abbreviations)',
		advice: 'write the whole word (« par exemple », « heures »)',
		faults: (text) => [...text.matchAll(ABBREVIATIONS)].map((match) => match[0].trim())
	},
	{
		name: 'initials',
		source: 'Inclusion Europe (explain initials)',
		advice: 'explain initials in brackets: « GEM (groupe d’entraide mutuelle) »',
		faults: (text) =>
			[...text.matchAll(INITIALS)]
				.filter((match) => {
					if (KNOWN_INITIALS.has(match[0])) return false;
					const after = text.slice(match.index + match[0].length);
					const before = text.slice(0, match.index);
					return !/^\s*\(/.test(after) && !/\(\s*$/.test(before);
				})
				.map((match) => match[0])
	},
	{
		name: 'percentage',
		source: 'Inclusion Europe (no percentages)',
		advice: 'say « 1 personne sur 2 »',
		faults: (text) => (/%|\bpour ?cents?\b/iu.test(text) ? ['%'] : [])
	},
	{
		name: 'negation',
		source: 'Inclusion Europe (positive sentences)',
		advice: 'use the positive form given',
		faults: (text) =>
			NEGATIONS.flatMap(([pattern, positive]) => {
				const found = text.match(pattern);
				return found ? [`${found[0]} -> ${positive}`] : [];
			})
	},
	{
		name: 'number-in-words',
		source: 'Inclusion Europe (numbers as digits)',
		advice: 'write the number in digits',
		faults: (text) => [...(text.match(NUMBER_WORDS) ?? [])]
	},
	{
		name: 'median-dot',
		source: 'Unapei (no inclusive writing with dots); screen readers',
		advice: 'write both words (« les pair-aidants et les pair-aidantes ») or a word for everyone',
		faults: (text) => (/[\u00b7\u2027\u22c5\u2022]/u.test(text) ? ['·'] : [])
	},
	{
		name: 'plural-brackets',
		source: 'Unapei; screen readers',
		advice: 'write the plural, or say « 1 ou plusieurs »',
		faults: (text) => [...(text.match(/\((?:s|e|es|x|nt)\)/giu) ?? [])]
	}
];

/** Every fault of a text, rule by rule. */
export function lintFalc(text: string): Array<{ rule: string; fault: string }> {
	return FALC_RULES.flatMap((rule) => rule.faults(text).map((fault) => ({ rule: rule.name, fault })));
}
