import { compileMarker } from './compile-crisis-pattern';
import * as context from './crisis-context';
import { CRISIS_MACROS } from './crisis-lexicon';
import { tokeniseForDetection } from './normalise-for-detection';

// How the words around a lexicon match change its meaning. The word lists and markers are data in
// crisis-context.ts; this file only applies them to normalised text (see normaliseForDetection).

// Each listed word must stay one word once folded ("personne" reads "persone"); a list entry that
// normalisation expands ("jsp", "cant") would silently mean something else, so it is refused.
function foldWords(words: readonly string[]): ReadonlySet<string> {
	return new Set(
		words.map((word) => {
			const folded = tokeniseForDetection(word).filter((token) => token !== '.');
			if (folded.length !== 1 || !folded[0]) throw new Error(`Crisis context: "${word}" is not one word`);
			return folded[0];
		})
	);
}
const NEGATIONS = foldWords(context.NEGATION_WORDS);
const COMPARATIVE_BEFORE_PLUS = foldWords(context.COMPARATIVE_BEFORE_PLUS);
const SECOND_PERSON = foldWords(context.SECOND_PERSON_WORDS);
const GENERIC_SUBJECTS = foldWords(context.GENERIC_SUBJECT_WORDS);
const SUBJECTS = foldWords(context.SUBJECT_WORDS);
const POSSESSIVES = foldWords(context.POSSESSIVE_WORDS);
// The punctuation breaks survive folding only as words of their own, so they are added back here.
const CLAUSE_BREAKS = new Set([...foldWords(context.CLAUSE_BREAK_WORDS), '.', ',']);
const QUESTION_CONJUNCTIONS = foldWords(context.QUESTION_CONJUNCTIONS);
const ASKING_VERBS = foldWords(context.ASKING_VERBS);
const PERSISTENCE_VERBS = foldWords(context.PERSISTENCE_VERBS);
const CESSATION_VERBS = foldWords(context.CESSATION_VERBS);
const STOPPING_VERBS = new Set([...PERSISTENCE_VERBS, ...CESSATION_VERBS]);

const compileMarkers = (markers: readonly string[]) => markers.map((m) => compileMarker(m, CRISIS_MACROS));
const DISTANT_PAST = compileMarkers(context.DISTANT_PAST_MARKERS);
const RESOLVED = compileMarkers(context.RESOLVED_MARKERS);
const PAST_TENSE = compileMarkers(context.PAST_TENSE_MARKERS);
const CURRENT = compileMarkers(context.CURRENT_MARKERS);
const FICTION = compileMarkers(context.FICTION_MARKERS);
const NOW_PIVOTS = compileMarkers(context.NOW_PIVOT_MARKERS);
const STILL_AFTER_PIVOT = compileMarkers(context.STILL_AFTER_PIVOT_MARKERS);
const PAST_OPENERS = compileMarkers(context.PAST_OPENER_MARKERS);

/**
 * Looks at the few words before a match, back to the clause's start or its subject: a negation
 * denies it, and so does a subject that is not the writer (the person addressed, people in general),
 * a reported question ("ma psy m'a demandé si...") or a stop that is over ("j'ai arrêté de me couper").
 * A negated stop is the opposite of a denial: "I can't stop thinking about...", "j'arrête pas de...".
 */
export function isDenied(
	normalised: string,
	index: number,
	matched: string,
	carriesNegation: boolean
): boolean {
	const firstWord = matched.trimStart().split(' ', 1)[0] ?? '';
	// The match opens on a break (". adieu ."): whatever precedes it is another sentence or clause.
	if (firstWord === '.' || firstWord === ',') return false;
	const before = normalised
		.slice(Math.max(0, index - 80), index)
		.trim()
		.split(' ')
		.reverse();
	if (isReportedQuestion(before)) return true;
	// The match names its own subject ("je suis en danger", "il va me tuer"): what precedes is another clause.
	if (SUBJECTS.has(firstWord)) return false;
	for (let position = 0; position < Math.min(before.length, context.LOOK_BACK_WORDS); position++) {
		const word = before[position] ?? '';
		if (CLAUSE_BREAKS.has(word) || SUBJECTS.has(word)) return false;
		if (STOPPING_VERBS.has(word)) {
			if (hasWordNear(before, position, 3, NEGATIONS)) return false;
			if (CESSATION_VERBS.has(word)) return true;
			continue;
		}
		// "Je vous dis adieu", "je voulais juste vous dire merci": after the writer in the same clause, "vous"
		// is an object and the writer still speaks of themself.
		if (SECOND_PERSON.has(word)) return !isObjectOfTheWriter(before, position);
		if (GENERIC_SUBJECTS.has(word)) return !POSSESSIVES.has(before[position + 1] ?? '');
		if (carriesNegation || !NEGATIONS.has(word)) continue;
		if ((word === 'plus' || word === 'plu') && COMPARATIVE_BEFORE_PLUS.has(before[position + 1] ?? ''))
			continue;
		if (hasWordNear(before, position, 2, STOPPING_VERBS)) continue;
		return true;
	}
	return false;
}

/** A negation among the two words just before a match, in its clause: "ce n'est pas pour toujours". */
export function isNegatedJustBefore(normalised: string, index: number): boolean {
	const before = normalised
		.slice(Math.max(0, index - 40), index)
		.trim()
		.split(' ')
		.reverse();
	for (const word of before.slice(0, 2)) {
		if (CLAUSE_BREAKS.has(word)) return false;
		if (NEGATIONS.has(word)) return true;
	}
	return false;
}

const OBJECT_LOOK_BACK = 3;

function isObjectOfTheWriter(reversedWordsBefore: string[], position: number): boolean {
	if (SUBJECTS.has(reversedWordsBefore[position + 1] ?? '')) return true;
	for (let back = position + 1; back <= position + OBJECT_LOOK_BACK; back++) {
		const word = reversedWordsBefore[back] ?? '.';
		if (CLAUSE_BREAKS.has(word)) return false;
		if (WRITER.has(word)) return true;
	}
	return false;
}

function hasWordNear(words: string[], position: number, distance: number, wanted: ReadonlySet<string>) {
	for (let near = Math.max(0, position - distance); near <= position + distance; near++) {
		if (near !== position && wanted.has(words[near] ?? '')) return true;
	}
	return false;
}

function isReportedQuestion(reversedWordsBefore: string[]): boolean {
	const conjunction = reversedWordsBefore.findIndex(
		(word, position) => position < 3 && QUESTION_CONJUNCTIONS.has(word)
	);
	if (conjunction === -1) return false;
	return reversedWordsBefore.slice(conjunction + 1, conjunction + 4).some((word) => ASKING_VERBS.has(word));
}

// "Ma voisine dit toujours « je vais me flinguer »": the quotation marks are gone once normalised, but a
// saying verb whose subject is someone else, just before first-person words, says they are someone else's.
// Only first-person words are judged so: "il m'a dit qu'il va me tuer" is the writer's danger.
const SAYING_VERBS = foldWords(context.SAYING_VERBS);
const WRITER = foldWords(context.WRITER_SUBJECT_WORDS);
// A relative quoting a threat for now is still alarming: "ma fille m'a écrit : je vais me tuer ce soir".
const NOW =
	/(?<= )(ce soir|cette nuit|maintenant|tout de suite|demain|vient d|viens d|tonight|right now|now)(?= )/;
const LOOK_BACK_FOR_SPEECH = 4;

/** True when first-person words are quoted from someone else, for no time said to be now. */
export function isReportedSpeech(normalised: string, index: number, matched: string): boolean {
	const before = normalised
		.slice(Math.max(0, index - 80), index)
		.trim()
		.split(' ')
		.reverse();
	// The words open on the writer ("je vais..."), or the writer is the word just before them ("je" + "vais...").
	let first = 0;
	if (!WRITER.has(matched.trimStart().split(' ', 1)[0] ?? '')) {
		if (!WRITER.has(before[0] ?? '')) return false;
		first = 1;
	}
	for (let position = first; position < Math.min(before.length, first + LOOK_BACK_FOR_SPEECH); position++) {
		const word = before[position] ?? '';
		// "Elle dit que je...": what follows "que" is said of the writer; "je sens que je...": the writer speaks.
		if (word === '.' || word === 'que' || word === 'qu' || WRITER.has(word)) return false;
		if (!SAYING_VERBS.has(word)) continue;
		// "Je lui ai dit : je vais me tuer" is the writer speaking; "ma voisine dit" is not.
		const subject = before.slice(position + 1, position + 4);
		if (subject.some((earlier) => WRITER.has(earlier))) return false;
		const end = normalised.indexOf(' . ', index + 1);
		return !NOW.test(normalised.slice(index, end === -1 ? undefined : end + 1));
	}
	return false;
}

/** Judges a match's sentence, once per sentence: fiction, or a past that is far or over and not back now. */
export class SentenceJudge {
	private readonly verdicts = new Map<number, boolean>();
	private resolvedInText: boolean | undefined;

	constructor(private readonly normalised: string) {}

	/** The sentence around a position: " . words of the sentence ", its opening break kept for ". À 17 ans". */
	sentenceAt(index: number): string {
		const start = this.normalised.lastIndexOf(' . ', index);
		const end = this.normalised.indexOf(' . ', index + 1);
		return this.normalised.slice(start, end === -1 ? undefined : end + 1);
	}

	isOutOfTime(index: number): boolean {
		const start = this.normalised.lastIndexOf(' . ', index);
		const sentence = this.sentenceAt(index);
		if (isBeforeNowPivot(sentence, index - start)) return true;
		const cached = this.verdicts.get(start);
		if (cached !== undefined) return cached;
		const verdict = this.judge(sentence);
		this.verdicts.set(start, verdict);
		return verdict;
	}

	private judge(sentence: string): boolean {
		if (FICTION.some((marker) => marker.test(sentence))) return true;
		if (CURRENT.some((marker) => marker.test(sentence))) return false;
		if (DISTANT_PAST.some((marker) => marker.test(sentence))) return true;
		if (!PAST_TENSE.some((marker) => marker.test(sentence))) return false;
		this.resolvedInText ??= RESOLVED.some((marker) => marker.test(this.normalised));
		return this.resolvedInText;
	}
}

// "Avant je voulais disparaître, maintenant je veux qu'on m'écoute": a past-tense clause closed by a
// "now" in the same sentence is over, unless the now says it goes on ("maintenant encore", "still").
function isBeforeNowPivot(sentence: string, offset: number): boolean {
	for (const pivot of NOW_PIVOTS) {
		const found = pivot.exec(sentence);
		if (!found || found.index < offset) continue;
		const earlier = sentence.slice(0, found.index + 1);
		const later = sentence.slice(found.index);
		if (STILL_AFTER_PIVOT.some((marker) => marker.test(later))) return false;
		if (CURRENT.some((marker) => marker.test(earlier))) return false;
		const isPast = PAST_TENSE.some((marker) => marker.test(earlier));
		return isPast && [...PAST_OPENERS, ...DISTANT_PAST].some((marker) => marker.test(earlier));
	}
	return false;
}
