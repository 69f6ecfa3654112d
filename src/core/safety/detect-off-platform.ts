import { compileCrisisPattern, type CompiledPattern } from './compile-crisis-pattern';
import { normaliseForDetection } from './normalise-for-detection';
import { OFF_PLATFORM_MACROS, OFF_PLATFORM_PHRASES, type SafetyNotice } from './off-platform-lexicon';
import {
	foldForShapes,
	hasEmailAddress,
	hasMessengerLinkOrHandle,
	hasPaymentDetails,
	hasPhoneNumber
} from './off-platform-shapes';

// Decisions the detector makes, on purpose:
// - it looks for an invitation or a request, not a topic: "j'ai lu sur Facebook que…", "j'ai des dettes",
//   "le RSA arrive le 5" are ordinary talk; "ajoute-moi sur insta", "prête-moi 50 €" are not;
// - contact details count whatever the words around them: a phone number, an e-mail address or a
//   messenger link in a 1:1 conversation is a move off the platform even without "appelle-moi";
// - helplines (3114, 15, 112, 114, 119, SOS Amitié…) are what the platform wants shared, never a move;
// - a negation just before an invitation or request denies it ("ne donne jamais ton RIB");
// - money wins over off-platform when a message holds both: the reminder about money matters more.
// Nothing stops the message: the answer only adds a calm reminder beside it.

interface CompiledPhrase extends CompiledPattern {
	notice: SafetyNotice;
	together: CompiledPattern | null;
}

const COMPILED_PHRASES: readonly CompiledPhrase[] = OFF_PLATFORM_PHRASES.map((phrase) => ({
	...compileCrisisPattern(phrase, OFF_PLATFORM_MACROS),
	notice: phrase.notice,
	together: phrase.together ? compileCrisisPattern({ phrase: phrase.together }, OFF_PLATFORM_MACROS) : null
}));
const NEGATIONS = new Set(['ne', 'n', 'pas', 'pa', 'jamais', 'not', 'never', 'no', 'nor', 'sans', 'without']);
const BREAKS = new Set(['.', ',']);
const LOOK_BACK_WORDS = 4;
const CURRENCIES: Readonly<Record<string, string>> = { '€': ' euros ', $: ' dollars ', '£': ' pounds ' };

/** Tells whether a message moves the conversation off the platform, or asks for or offers money. Pure. */
export function detectOffPlatform(text: string): SafetyNotice | null {
	const folded = foldForShapes(text);
	const normalised = normaliseForDetection(text.replace(/[€$£]/g, (symbol) => CURRENCIES[symbol] ?? ' '));
	const words = new Set(normalised.split(' '));
	const phraseNotices = new Set<SafetyNotice>();
	for (const phrase of COMPILED_PHRASES) {
		if (phraseNotices.has(phrase.notice)) continue;
		if (
			matches(phrase, normalised, words) &&
			(!phrase.together || matches(phrase.together, normalised, words))
		)
			phraseNotices.add(phrase.notice);
	}
	if (phraseNotices.has('money') || hasPaymentDetails(folded)) return 'money';
	if (phraseNotices.has('off_platform')) return 'off_platform';
	if (hasPhoneNumber(folded) || hasEmailAddress(folded) || hasMessengerLinkOrHandle(folded))
		return 'off_platform';
	return null;
}

function matches({ pattern, anchors }: CompiledPattern, normalised: string, words: Set<string>): boolean {
	// Most texts hold none of a phrase's anchor words: skip the expression altogether.
	if (anchors && !anchors.some((anchor) => words.has(anchor))) return false;
	pattern.lastIndex = 0;
	for (let match = pattern.exec(normalised); match; match = pattern.exec(normalised)) {
		if (!isNegated(normalised, match.index)) return true;
	}
	return false;
}

// "Ne donne jamais ton RIB", "je ne t'ajouterai pas sur insta": a negation in the few words before the
// match, within its clause.
function isNegated(normalised: string, index: number): boolean {
	const before = normalised
		.slice(Math.max(0, index - 60), index)
		.trim()
		.split(' ')
		.reverse();
	for (const word of before.slice(0, LOOK_BACK_WORDS)) {
		if (BREAKS.has(word)) return false;
		if (NEGATIONS.has(word)) return true;
	}
	return false;
}
