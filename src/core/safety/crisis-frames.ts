import { compileCrisisPattern, compileMarker, type CompiledPattern } from './compile-crisis-pattern';
import {
	CRISIS_FRAMES,
	FRAME_MACROS,
	FRAME_RULES,
	type CrisisFrame,
	type FarewellPart,
	type FrameRule
} from './crisis-frame-grammar';
import { CRISIS_MACROS, type CrisisCategory } from './crisis-lexicon';
import { isDenied, isNegatedJustBefore, isReportedSpeech, SentenceJudge } from './judge-crisis-context';
import { tokeniseForDetection } from './normalise-for-detection';

// Applies the frames of crisis-frame-grammar.ts to normalised text. A rule's match counts when the words
// before it do not deny it (negation, the person addressed, a reported question), its sentence is not out
// of time (fiction, a past that is far or over), no everyday word in the sentence excuses it, and the text
// holds what the rule requires. Farewell parts alarm two different parts together.

const MACROS = { ...CRISIS_MACROS, ...FRAME_MACROS };

interface CompiledRule extends CompiledPattern {
	frame: CrisisFrame;
	category: CrisisCategory;
	carriesNegation: boolean;
	requires: RegExp | undefined;
	excuse: RegExp | undefined;
	part: FarewellPart | undefined;
}

// A rule may list alternatives at its top level ("a b|c d"): grouped, the words around a match apply to all.
function grouped(source: string): string {
	let depth = 0;
	for (const character of source) {
		if (character === '(') depth++;
		if (character === ')') depth--;
		if (character === '|' && depth === 0) return `(${source})`;
	}
	return source;
}

const COMPILED_RULES: readonly CompiledRule[] = FRAME_RULES.map((rule: FrameRule) => ({
	...compileCrisisPattern({ ...rule, phrase: grouped(rule.phrase) }, MACROS),
	...(rule.anchors === undefined ? {} : { anchors: foldAnchors(rule.anchors) }),
	frame: rule.frame,
	category: rule.category,
	carriesNegation: rule.carriesNegation === true,
	requires: rule.requires === undefined ? undefined : compileMarker(grouped(rule.requires), MACROS),
	excuse: rule.excusedBy === undefined ? undefined : compileMarker(grouped(rule.excusedBy), MACROS),
	part: rule.part
}));

function foldAnchors(words: string): string[] {
	return tokeniseForDetection(words).filter((word) => word !== '.' && word !== ',');
}

/** The frames one normalised text fills, each with the category it alarms for. */
export function findCrisisFrames(
	normalised: string,
	words: ReadonlySet<string>,
	sentences: SentenceJudge
): Map<CrisisFrame, CrisisCategory> {
	const found = new Map<CrisisFrame, CrisisCategory>();
	const farewellParts = new Set<FarewellPart>();
	for (const rule of COMPILED_RULES) {
		if (found.has(rule.frame)) continue;
		if (rule.part && farewellParts.has(rule.part)) continue;
		if (rule.anchors && !rule.anchors.some((anchor) => words.has(anchor))) continue;
		if (!holdsAMatch(rule, normalised, sentences)) continue;
		if (!rule.part) found.set(rule.frame, rule.category);
		else if (isFarewell(farewellParts.add(rule.part))) found.set(rule.frame, rule.category);
	}
	return found;
}

function holdsAMatch(rule: CompiledRule, normalised: string, sentences: SentenceJudge): boolean {
	if (rule.requires && !rule.requires.test(normalised)) return false;
	rule.pattern.lastIndex = 0;
	for (let match = rule.pattern.exec(normalised); match; match = rule.pattern.exec(normalised)) {
		// A finality ("pour toujours", "sans moi") is said of anyone: only a negation right before it counts.
		if (
			rule.part === 'finality'
				? isNegatedJustBefore(normalised, match.index)
				: isDenied(normalised, match.index, match[0], rule.carriesNegation)
		)
			continue;
		if (isReportedSpeech(normalised, match.index, match[0])) continue;
		if (sentences.isOutOfTime(match.index)) continue;
		if (rule.excuse?.test(sentences.sentenceAt(match.index))) continue;
		return true;
	}
	return false;
}

// Two different parts: "merci pour tout" + "je ne reviendrai pas", "j'ai tout rangé" + "la lettre est sur
// la table". One part alone is everyday: a sign-off, a tidy-up, a gift.
function isFarewell(parts: ReadonlySet<FarewellPart>): boolean {
	return parts.size >= 2;
}

/** The frames a text fills, in CRISIS_FRAMES order: for the bench and the tests, to measure each frame. */
export function detectCrisisFrames(text: string): CrisisFrame[] {
	const tokens = tokeniseForDetection(text);
	const normalised = ` ${tokens.join(' ')} `;
	const found = findCrisisFrames(normalised, new Set(tokens), new SentenceJudge(normalised));
	return CRISIS_FRAMES.filter((frame) => found.has(frame));
}
