import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { translate } from './index';

/**
 * French typography: a narrow no-break space (U+202F) before « ? ! : ; » and after « «  », so that a line
 * never starts with the sign; a no-break space inside "24 h/24" and in numbers written in groups ("2 000").
 * A regular or plain no-break space there is a slip. Keys listed here are deliberate exceptions.
 */
const EXCEPTIONS: Partial<Record<keyof typeof fr, string>> = {};

const SLIPS: Array<[RegExp, string]> = [
	[/[ \u00a0][?!:;»]/, 'a regular space before ? ! : ; or »'],
	[/«[ \u00a0]/, 'a regular space after «'],
	[/\d (h\b|\d{3}\b)/, 'a breakable space in a number or in "24 h"']
];

describe('French typography in the catalogue', () => {
	it('puts narrow no-break spaces where French wants them', () => {
		const slips: string[] = [];
		for (const [key, text] of Object.entries(fr) as Array<[keyof typeof fr, string]>) {
			if (key in EXCEPTIONS) continue;
			for (const [pattern, what] of SLIPS) if (pattern.test(text)) slips.push(`${key}: ${what}: ${text}`);
		}
		expect(slips).toEqual([]);
	});

	it('keeps them out of English', () => {
		const english = Object.entries(en).filter(([, text]) => /[\u202f]/.test(text));
		expect(english).toEqual([]);
	});
});

describe('counted words', () => {
	it.each([
		['fr', 'groups.summary', { title: 'Atelier', count: 1 }, 'Groupe «\u202fAtelier\u202f» (1 personne)'],
		['fr', 'groups.summary', { title: 'Atelier', count: 3 }, 'Groupe «\u202fAtelier\u202f» (3 personnes)'],
		['en', 'groups.summary', { title: 'Workshop', count: 1 }, 'Group “Workshop” (1 person)'],
		['fr', 'error.signInThrottled', { seconds: 1 }, 'Trop de tentatives. Réessayez dans 1 seconde.'],
		['en', 'error.signInThrottled', { seconds: 1 }, 'Too many attempts. Try again in 1 second.'],
		['fr', 'matches.limit', { count: 1 }, 'Vous pouvez avoir 1 demande en attente à la fois.']
	] as const)('%s %s %o reads "%s"', (locale, key, params, expected) => {
		expect(translate(locale, key, params)).toBe(expected);
	});
});
