/** Pure rules for pseudonyms: what is allowed, and when two pseudonyms read as the same one. */

export const PSEUDONYM_MIN_LENGTH = 3;
export const PSEUDONYM_MAX_LENGTH = 30;

// Latin letters (accents included), digits, and a few separators; other scripts are refused so that
// Cyrillic or Greek look-alikes cannot imitate another member.
const ALLOWED = /^[\p{Script=Latin}0-9][\p{Script=Latin}0-9 ._-]*$/u;
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

// Characters that are easy to mistake for one another, folded to one representative.
const LOOK_ALIKES: Array<[RegExp, string]> = [
	[/rn/g, 'm'],
	[/vv/g, 'w'],
	[/[0]/g, 'o'],
	[/[1|!i]/g, 'l'],
	[/[5]/g, 's'],
	[/[3]/g, 'e'],
	[/[4]/g, 'a'],
	[/[7]/g, 't'],
	[/[8]/g, 'b']
];

const RESERVED = new Set(
	[
		'admin',
		'administrateur',
		'administrator',
		'moderateur',
		'moderatrice',
		'moderator',
		'moderation',
		'coordinateur',
		'coordinatrice',
		'entrepairs',
		'support',
		'systeme',
		'system',
		'root',
		'staff',
		'equipe',
		'urgence',
		'emergency',
		'samu',
		'membresupprime',
		'deletedmember',
		'anonyme',
		'anonymous'
	].map((word) => foldPseudonym(word))
);

/** Trims, collapses inner whitespace and folds compatibility forms (full-width letters); keeps case and accents. */
export function normalisePseudonym(raw: string): string {
	return raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** The comparison key: no accents, no case, no separators, look-alike characters merged. */
export function foldPseudonym(pseudonym: string): string {
	let key = pseudonym
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[ ._-]/g, '');
	for (const [pattern, replacement] of LOOK_ALIKES) key = key.replace(pattern, replacement);
	return key;
}

export type PseudonymProblem =
	'validation.pseudonym.length' | 'validation.pseudonym.characters' | 'validation.pseudonym.unavailable';

/** Returns the catalogue key of the first rule the pseudonym breaks, or null when it is acceptable. */
export function checkPseudonym(raw: string): PseudonymProblem | null {
	if (INVISIBLE_OR_CONTROL.test(raw)) return 'validation.pseudonym.characters';
	const pseudonym = normalisePseudonym(raw);
	const length = [...pseudonym].length;
	if (length < PSEUDONYM_MIN_LENGTH || length > PSEUDONYM_MAX_LENGTH) return 'validation.pseudonym.length';
	if (!ALLOWED.test(pseudonym)) return 'validation.pseudonym.characters';
	const key = foldPseudonym(pseudonym);
	if (key.length < PSEUDONYM_MIN_LENGTH) return 'validation.pseudonym.characters';
	if (usesReservedWord(pseudonym, key)) {
		// Same wording as "already taken": the form never tells which rule refused the name.
		return 'validation.pseudonym.unavailable';
	}
	return null;
}

/**
 * Whether the pseudonym, or one of its words, is a reserved word (its plural too), once folded. Whole words,
 * never prefixes: "Samuel", "Staffan" and "Adminata" are names, "SAMU", "Staff Entrepairs" and
 * "ModérateurOfficiel" impersonate. Words are split at separators and where a small letter meets a
 * capital; trailing digits are dropped ("Admin2" is "Admin").
 */
function usesReservedWord(pseudonym: string, key: string): boolean {
	const words = pseudonym
		.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
		.split(/[ ._-]+/)
		.map((word) => foldPseudonym(word.replace(/[0-9]+$/, '')));
	return [key, ...words].some(
		(word) => RESERVED.has(word) || (word.endsWith('s') && RESERVED.has(word.slice(0, -1)))
	);
}
