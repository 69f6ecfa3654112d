import { describe, expect, it, vi } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { formatDate, formatMessage, formatTime, negotiateLocale, translate } from './index';

describe('message catalogue', () => {
	it('has the same keys and placeholders in French and English', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
		for (const key of Object.keys(fr) as Array<keyof typeof fr>) {
			// "{name}" and the number of "{name, plural, ...}" alike; each name once.
			const placeholders = (text: string) =>
				[...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map(([, name]) => name))].sort();
			expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
		}
	});

	it('never calls members "patients" or "usagers"', () => {
		// "Patient partenaire" is a role's name in the HAS vocabulary (a peer role, not a way to call members).
		for (const text of Object.values(fr))
			expect(text).not.toMatch(/\b(patients?(?! partenaires?\b)|usagers?)\b/i);
	});

	it('fills placeholders', () => {
		expect(translate('fr', 'layout.signedInAs', { pseudonym: 'Colibri' })).toBe(
			'Connecté·e en tant que Colibri'
		);
		expect(translate('en', 'error.signInThrottled', { seconds: 8 })).toBe(
			'Too many attempts. Try again in 8 seconds.'
		);
	});
});

describe('negotiateLocale', () => {
	it.each([
		[null, 'fr'],
		['en-GB,en;q=0.9', 'en'],
		['de-DE,de;q=0.9,en;q=0.5', 'en'],
		['de-DE', 'fr'],
		['fr-CA,en;q=0.8', 'fr'],
		['en;q=0,fr;q=0.1', 'fr'],
		['garbage;;q=x', 'fr']
	])('reads %j as %s', (header, expected) => {
		expect(negotiateLocale(header)).toBe(expected);
	});
});

describe('date and time formats', () => {
	it('formats in Paris time for each language', () => {
		const instant = new Date('2026-12-05T13:05:00Z');
		expect(formatTime('fr', instant)).toBe('14:05');
		expect(formatDate('fr', instant)).toBe('5 décembre 2026');
		expect(formatDate('en', instant.toISOString())).toBe('5 December 2026');
	});

	it('builds no formatter per call (a page formats hundreds of times)', () => {
		const construct = vi.spyOn(Intl, 'DateTimeFormat');
		try {
			for (let minute = 0; minute < 100; minute += 1) {
				const instant = new Date(Date.UTC(2026, 11, 5, 13, minute));
				formatTime('fr', instant);
				formatDate('en', instant);
			}
			expect(construct).not.toHaveBeenCalled();
		} finally {
			construct.mockRestore();
		}
	});
});

describe('plural messages', () => {
	const unread = '{count, plural, one {# message non lu} other {# messages non lus}}';
	const unreadEn = '{count, plural, one {# unread message} other {# unread messages}}';
	it.each([
		['fr', unread, 0, '0 message non lu'],
		['fr', unread, 1, '1 message non lu'],
		['fr', unread, 2, '2 messages non lus'],
		['fr', unread, 1000000, '1000000 messages non lus'],
		['en', unreadEn, 0, '0 unread messages'],
		['en', unreadEn, 1, '1 unread message'],
		['en', unreadEn, 7, '7 unread messages'],
		['fr', '{n, plural, =0 {aucun} one {# seul} other {#}} chez {who}', 0, 'aucun chez Alex'],
		['fr', '{n, plural, =0 {aucun} one {# seul} other {#}} chez {who}', 1, '1 seul chez Alex']
	] as const)('%s %s with %d', (locale, template, count, expected) => {
		expect(formatMessage(locale, template, { count, n: count, who: 'Alex' })).toBe(expected);
	});

	it('leaves a plural block alone when its number is missing', () => {
		expect(formatMessage('fr', unread, {})).toBe(unread);
	});

	it('no catalogue message writes a plural with "(s)"', () => {
		const offenders = [...Object.entries(fr), ...Object.entries(en)].filter(([, text]) => /\w\(s\)/.test(text));
		expect(offenders.map(([key]) => key)).toEqual([]);
	});
});

describe('plural messages with a count in words', () => {
	it('takes the general form', () => {
		expect(formatMessage('fr', '{n, plural, one {# profil} other {# profils}}', { n: 'moins de 5' })).toBe(
			'moins de 5 profils'
		);
	});
});
