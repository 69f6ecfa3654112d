import {
	HELPLINE_NUMBERS,
	MAIL_PROVIDERS,
	MESSENGER_LINK,
	OFF_PLATFORM_MACROS,
	PAYMENT_LINK,
	TEEN_WORDS,
	TENS_WORDS,
	TOP_LEVEL_DOMAINS,
	UNIT_WORDS
} from './off-platform-lexicon';

// Contact details recognised from their shape rather than their words: phone numbers (digits partly
// spelled out), e-mail addresses (with "arobase" / "(at)" obfuscations), messenger and payment links,
// IBANs and "@handles" next to an app's name. Works on the raw text, lower-cased and accent-folded.

const HELPLINES = new Set(HELPLINE_NUMBERS);
// Inside a phone number these only separate digit groups; anything else ends the number.
const PHONE_SEPARATORS = new Set(['.', ',', '-', '(', ')', '_', '–']);
const APP_NAME = new RegExp(`(?:^|[^a-z])(?:${OFF_PLATFORM_MACROS.app.replace(/ /g, '\\s?')})(?![a-z])`);
const HANDLE_CUE = /(?:^|[^a-z])(?:pseudo|handle|username|identifiant|ajoute|add me|follow)(?![a-z])/;
const HANDLE = /(?:^|\s)@[a-z0-9_][a-z0-9_.]{2,}/;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![a-z])/;
const SPELLED_AT = new RegExp(
	`\\s*(?:\\(at\\)|\\[at\\]|\\{at\\}|\\barobase\\b|\\bat\\b(?=\\s*(?:${MAIL_PROVIDERS})\\b)|\\s@\\s)\\s*`,
	'g'
);
const SPELLED_DOT = new RegExp(
	`\\s*(?:\\(dot\\)|\\[dot\\]|\\bdot\\b|\\bpoint\\b)\\s*(?=(?:${TOP_LEVEL_DOMAINS})\\b)`,
	'g'
);
const IBAN = /(?:^|[^a-z0-9])[a-z]{2}[0-9]{2}(?:\s?[a-z0-9]{4}){3,7}/;

/** Lower-case, accents removed: the form every shape below is matched against. */
export function foldForShapes(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '');
}

export function hasEmailAddress(folded: string): boolean {
	return EMAIL.test(folded.replace(SPELLED_AT, '@').replace(SPELLED_DOT, '.'));
}

export function hasMessengerLinkOrHandle(folded: string): boolean {
	if (MESSENGER_LINK.test(folded)) return true;
	return HANDLE.test(folded) && (APP_NAME.test(folded) || HANDLE_CUE.test(folded));
}

export function hasPaymentDetails(folded: string): boolean {
	return PAYMENT_LINK.test(folded) || IBAN.test(folded.replace(/-/g, ' '));
}

/**
 * Whether the text holds a personal phone number: French (10 digits from 01-07 or 09, or +33 and 9
 * digits), a British mobile, or any "+" / "00" international number, in any spacing and punctuation,
 * digits partly spelled out. Service numbers (08…) and the helplines the platform shows are not.
 */
export function hasPhoneNumber(folded: string): boolean {
	const tokens = folded.replace(/\bo(?=[0-9])/g, '0').match(/\+|[0-9]+|[a-z]+|\S/g) ?? [];
	let parts: string[] = [];
	let international = false;
	const close = () => {
		const found = holdsPhoneNumber(parts, international);
		parts = [];
		international = false;
		return found;
	};
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index] ?? '';
		if (token === '+') {
			if (close()) return true;
			international = true;
		} else if (/^[0-9]+$/.test(token)) parts.push(token);
		else if (PHONE_SEPARATORS.has(token)) continue;
		else {
			const spelled = readNumberWords(tokens, index);
			if (spelled) {
				parts.push(spelled.digits);
				index = spelled.next - 1;
			} else if (close()) return true;
		}
	}
	return close();
}

// Any run of consecutive digit groups may be the number: "appelle le 06 12 34 56 78 un soir".
function holdsPhoneNumber(parts: readonly string[], international: boolean): boolean {
	for (let start = 0; start < parts.length; start++) {
		if (isNorthAmerican(parts.slice(start, start + 3))) return true;
		let digits = '';
		for (let end = start; end < parts.length; end++) {
			digits += parts[end];
			if (digits.length > 15) break;
			if (isPhoneNumber(digits, international && start === 0)) return true;
		}
	}
	return false;
}

// "555-201-7788", "(415) 555 0132": three groups of 3, 3 and 4 digits.
function isNorthAmerican(groups: readonly string[]): boolean {
	return (
		groups.length === 3 && groups.map((group) => group.length).join() === '3,3,4' && /^[2-9]/.test(groups[0]!)
	);
}

function isPhoneNumber(digits: string, international: boolean): boolean {
	if (HELPLINES.has(digits)) return false;
	if (international) return digits.startsWith('33') ? digits.length === 11 : digits.length >= 8;
	if (digits.startsWith('00')) return digits.length >= 11 && digits.length <= 15;
	if (digits.length === 10) return /^0[1-79]/.test(digits);
	if (digits.length === 11) return /^07/.test(digits) || /^33[1-79]/.test(digits);
	return false;
}

// "soixante-dix-huit" is "78", "zéro" is "0", "douze" is "12": one or two digits, and where reading stopped.
function readNumberWords(tokens: readonly string[], index: number): { digits: string; next: number } | null {
	const wordAt = (position: number): Word => {
		while (PHONE_SEPARATORS.has(tokens[position] ?? '')) position++;
		return { text: tokens[position] ?? '', next: position + 1 };
	};
	const first = wordAt(index);
	const second = wordAt(first.next);
	const eighty = first.text === 'quatre' && /^vingts?$/.test(second.text);
	const tens = eighty ? 80 : TENS_WORDS[first.text];
	if (tens === undefined) {
		const small = readSmall(first, wordAt);
		return small && { digits: String(small.value), next: small.next };
	}
	let next = eighty ? second.next : first.next;
	if (wordAt(next).text === 'et') next = wordAt(next).next;
	const rest = readSmall(wordAt(next), wordAt);
	// "soixante-dix", "quatre-vingt-douze": a teen after sixty and eighty, a unit after any ten.
	if (rest && (rest.value < 10 || tens === 60 || tens === 80))
		return { digits: String(tens + rest.value), next: rest.next };
	return { digits: String(tens), next };
}

interface Word {
	text: string;
	next: number;
}

function readSmall(first: Word, wordAt: (position: number) => Word): { value: number; next: number } | null {
	const second = wordAt(first.next);
	if (first.text === 'dix' && ['sept', 'huit', 'neuf'].includes(second.text))
		return { value: 10 + (UNIT_WORDS[second.text] ?? 0), next: second.next };
	const teen = TEEN_WORDS[first.text];
	if (teen !== undefined) return { value: teen, next: first.next };
	const unit = UNIT_WORDS[first.text];
	if (unit !== undefined) return { value: unit, next: first.next };
	return null;
}
