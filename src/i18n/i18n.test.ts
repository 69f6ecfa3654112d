import { describe, expect, it, vi } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { formatDate, formatTime, negotiateLocale, translate } from './index';

describe('message catalogue', () => {
	it('has the same keys and placeholders in French and English', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
		for (const key of Object.keys(fr) as Array<keyof typeof fr>) {
			const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
			expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
		}
	});

	it('never calls members "patients" or "usagers"', () => {
		for (const text of Object.values(fr)) expect(text).not.toMatch(/\b(patients?|usagers?)\b/i);
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
