import { compileCrisisPattern, compileMarker, type CompiledPattern } from './compile-crisis-pattern';
import {
	CRISIS_CATEGORIES,
	CRISIS_MACROS,
	CRISIS_PHRASES,
	type CrisisCategory,
	type WarningSign
} from './crisis-lexicon';
import { findCrisisFrames } from './crisis-frames';
import { isDenied, isReportedSpeech, SentenceJudge } from './judge-crisis-context';
import { normaliseForDetection, tokeniseForDetection } from './normalise-for-detection';
import { findCueCategories } from './score-crisis-cues';

export { normaliseForDetection };

// Decisions the detector makes, on purpose:
// - it flags the writer's own risk, and a relative's report of a *current* threat by someone else
//   ("ma fille menace de se suicider ce soir"): the panel's lines answer relatives too;
// - it does not flag negations ("je ne veux pas mourir"), a question to someone else ("tu as envie de
//   mourir ?"), idioms ("je meurs de rire", "ce boulot me tue"), talk about suicide (prevention,
//   bereavement, training), fiction, nor past experiences that are far away or said to be over
//   ("il y a dix ans je voulais mourir, aujourd'hui ça va") unless the sentence says it is back now;
// - a warning sign that is common in everyday talk (giving things away, "merci pour tout", "la lettre est
//   écrite", pills "devant moi") counts only with a warning sign of another kind in the same text;
// - words that alone are everyday ("la lame", "mon poignet", "ce soir") alarm together in one first-person
//   sentence, unless an everyday word in it explains them (crisis-cues.ts): wording no phrase foresaw;
// - when unsure, it flags: the panel is calm, shown to the writer only, and never blocks sending.

export interface CrisisDetection {
	alarming: boolean;
	/** In a fixed order (suicide, self_harm, danger). Never the matched words: nothing here can leak text into a log. */
	categories: CrisisCategory[];
}

interface CompiledPhrase extends CompiledPattern {
	category: CrisisCategory;
	carriesNegation: boolean;
	warningSign: WarningSign | undefined;
	excuse: RegExp | undefined;
}

const COMPILED_PHRASES: readonly CompiledPhrase[] = CRISIS_PHRASES.map((phrase) => ({
	...compileCrisisPattern(phrase, CRISIS_MACROS),
	category: phrase.category,
	carriesNegation: phrase.carriesNegation === true,
	warningSign: phrase.warningSign,
	excuse: phrase.excusedBy === undefined ? undefined : compileMarker(phrase.excusedBy, CRISIS_MACROS)
}));
// Two different warning signs: "je prépare tout pour partir" and "j'ai donné mon chat à ma sœur".
const WARNING_SIGNS_TO_ALARM = 2;

/** Tells whether a text signals suicidal risk, self-harm or immediate danger. Pure; safe in the browser. */
export function detectCrisisLanguage(text: string): CrisisDetection {
	const tokens = tokeniseForDetection(text);
	const normalised = ` ${tokens.join(' ')} `;
	const words = new Set(tokens);
	const sentences = new SentenceJudge(normalised);
	const found = new Set<CrisisCategory>();
	const warningSigns = new Map<CrisisCategory, Set<WarningSign>>();
	// The sentences (by the index of their opening " . ") that hold a warning sign: a cue there adds to it.
	const signSentences = new Set<number>();
	for (const { category, pattern, anchors, carriesNegation, warningSign, excuse } of COMPILED_PHRASES) {
		if (found.has(category)) continue;
		if (warningSign && warningSigns.get(category)?.has(warningSign)) continue;
		// Most texts hold none of a phrase's anchor words: skip the expression altogether.
		if (anchors && !anchors.some((anchor) => words.has(anchor))) continue;
		pattern.lastIndex = 0;
		for (let match = pattern.exec(normalised); match; match = pattern.exec(normalised)) {
			if (isDenied(normalised, match.index, match[0], carriesNegation)) continue;
			if (isReportedSpeech(normalised, match.index, match[0])) continue;
			if (sentences.isOutOfTime(match.index)) continue;
			if (excuse?.test(sentences.sentenceAt(match.index))) continue;
			if (!warningSign) found.add(category);
			else {
				// A place at a height is itself a cue ("le rebord"): it would count twice.
				if (warningSign !== 'at-the-edge') signSentences.add(normalised.lastIndexOf(' . ', match.index));
				const signs = warningSigns.get(category) ?? new Set<WarningSign>();
				warningSigns.set(category, signs.add(warningSign));
				if (signs.size >= WARNING_SIGNS_TO_ALARM) found.add(category);
			}
			break;
		}
	}
	// What no phrase foresaw, cues may still say together (see crisis-cues.ts).
	for (const category of findCueCategories(normalised, words, sentences, signSentences)) found.add(category);
	// What people say in any tense, with any quantity or farewell, frames say (see crisis-frame-grammar.ts).
	for (const category of findCrisisFrames(normalised, words, sentences).values()) found.add(category);
	const categories = CRISIS_CATEGORIES.filter((category) => found.has(category));
	return { alarming: categories.length > 0, categories };
}
