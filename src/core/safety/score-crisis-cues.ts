import { compileCrisisPattern, compileMarker } from './compile-crisis-pattern';
import { CUE_RULES, EVERYDAY_CUES, PERSON_CUES } from './crisis-cues';
import { CRISIS_MACROS, type CrisisCategory } from './crisis-lexicon';
import { isDenied, type SentenceJudge } from './judge-crisis-context';

// Applies the cue rules of crisis-cues.ts: each family counts once in a sentence, when one of its cues is
// there and not denied by the words before it; a sentence whose families reach the rule's threshold
// alarms, unless it holds an everyday cue, does not concern the writer, or is out of time (fiction, past).

const COMPILED_RULES = CUE_RULES.map((rule) => ({
	category: rule.category,
	threshold: rule.threshold,
	warningSignWeight: rule.warningSignWeight,
	families: rule.families.map((family) => ({
		weight: family.weight,
		...compileCrisisPattern(family, CRISIS_MACROS)
	}))
}));
const EVERYDAY = compileMarker(EVERYDAY_CUES, CRISIS_MACROS);
const PERSON = compileMarker(PERSON_CUES, CRISIS_MACROS);

/** The categories whose cue rule one sentence of the normalised text reaches. */
export function findCueCategories(
	normalised: string,
	words: ReadonlySet<string>,
	sentences: SentenceJudge,
	signSentences: ReadonlySet<number>
): CrisisCategory[] {
	const categories: CrisisCategory[] = [];
	for (const rule of COMPILED_RULES) {
		// Sentence start (the index of its opening " . ") -> the weight of the families found in it.
		const scores = new Map<number, number>();
		if (rule.warningSignWeight) {
			for (const start of signSentences) scores.set(start, rule.warningSignWeight);
		}
		for (const { pattern, anchors, weight } of rule.families) {
			if (anchors && !anchors.some((anchor) => words.has(anchor))) continue;
			const counted = new Set<number>();
			pattern.lastIndex = 0;
			for (let match = pattern.exec(normalised); match; match = pattern.exec(normalised)) {
				const start = normalised.lastIndexOf(' . ', match.index);
				if (counted.has(start) || isDenied(normalised, match.index, match[0], false)) continue;
				counted.add(start);
				scores.set(start, (scores.get(start) ?? 0) + weight);
			}
		}
		for (const [start, score] of scores) {
			if (score < rule.threshold || !isAboutTheWriter(sentences.sentenceAt(start + 1))) continue;
			if (sentences.isOutOfTime(start + 1)) continue;
			categories.push(rule.category);
			break;
		}
	}
	return categories;
}

function isAboutTheWriter(sentence: string): boolean {
	return PERSON.test(sentence) && !EVERYDAY.test(sentence);
}
