import { describe, expect, it } from 'vitest';
import { routeMessageTable } from '../../scripts/route-messages';
import { CORE_JOURNEY_ROUTES } from './core-journeys';
import { FALC_RULES, lintFalc } from './falc-rules';
import { formatMessage } from './format';
import { fr } from './fr';
import { frFalc } from './fr-falc';
import { messagesFor, translate } from './index';

const falc = Object.entries(frFalc) as Array<[keyof typeof fr, string]>;

/** A text as readers see it: placeholders filled, plurals chosen (1 and 2), as many forms as it has. */
function renderings(text: string): string[] {
	const names = [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map(([, name]) => name!);
	const plural = new Set([...text.matchAll(/\{(\w+), plural,/g)].map(([, name]) => name!));
	return [0, 1, 2].map((count) =>
		formatMessage(
			'fr',
			text,
			Object.fromEntries(names.map((name) => [name, plural.has(name) ? count : 'Camille']))
		)
	);
}

describe('easy-read (FALC) catalogue', () => {
	it('breaks no FALC rule', () => {
		const violations: string[] = [];
		for (const [key, text] of falc) {
			const faults = new Set(
				renderings(text).flatMap((rendered) =>
					lintFalc(rendered).map(({ rule, fault }) => `${rule}: ${fault}`)
				)
			);
			for (const fault of faults) violations.push(`${key} [${fault}] ${text}`);
		}
		console.info(
			`FALC linter: ${falc.length} keys, ${FALC_RULES.length} rules, ${violations.length} violations`
		);
		expect(violations).toEqual([]);
	});

	it('has only keys of the French catalogue, with the same placeholders', () => {
		const placeholders = (text: string) =>
			[...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map(([, name]) => name))].sort();
		for (const [key, text] of falc) {
			expect(Object.hasOwn(fr, key), key).toBe(true);
			expect(placeholders(text), key).toEqual(placeholders(fr[key]));
		}
	});

	it('follows French typography (narrow no-break spaces, apostrophes)', () => {
		const slips = falc.filter(([, text]) => /[ \u00a0][?!:»]|«[ \u00a0]|'/.test(text)).map(([key]) => key);
		expect(slips).toEqual([]);
	});

	it('has an easy-read text for every key a core-journey page uses', () => {
		const table = routeMessageTable('src');
		const missing: string[] = [];
		for (const route of CORE_JOURNEY_ROUTES) {
			expect(table[route], `route ${route}`).toBeDefined();
			for (const key of table[route]!) if (!Object.hasOwn(frFalc, key)) missing.push(`${route}: ${key}`);
		}
		expect(missing).toEqual([]);
	});
});

describe('messagesFor with a variant', () => {
	it('sends the easy-read text of a key that has one, the standard French of one that has none', () => {
		const withEasy = 'signUp.intro';
		const withoutEasy = (Object.keys(fr) as Array<keyof typeof fr>).find(
			(key) => !Object.hasOwn(frFalc, key)
		)!;
		const messages = messagesFor('fr', [withEasy, withoutEasy], 'easy');
		expect(messages).toEqual({ [withEasy]: frFalc[withEasy], [withoutEasy]: fr[withoutEasy] });
		expect(frFalc[withEasy]).not.toBe(fr[withEasy]);
	});

	it('sends only the keys asked for, never the whole easy-read catalogue', () => {
		expect(Object.keys(messagesFor('fr', ['signUp.title'], 'easy'))).toEqual(['signUp.title']);
	});

	it('fills a plural whose branches hold placeholders, in both wordings', () => {
		for (const variant of ['standard', 'easy'] as const) {
			expect(translate('fr', 'sessions.occurrence.placesLeft', { count: 3, capacity: 10 }, variant)).toMatch(
				/^[^{}]*3 places[^{}]* 10\.$/
			);
		}
	});

	it('keeps the standard wording by default and English in English', () => {
		expect(messagesFor('fr', ['signUp.title'])).toEqual({ 'signUp.title': fr['signUp.title'] });
		expect(messagesFor('en', ['signUp.title'], 'easy')).toEqual(messagesFor('en', ['signUp.title']));
	});
});

describe('each FALC rule', () => {
	it.each([
		[
			'sentence-length',
			'Vous pouvez écrire ici tout ce que vous voulez dire aux autres personnes du groupe, quand vous le voulez.'
		],
		['one-idea', 'Écrivez votre message ; puis envoyez-le.'],
		['hard-word', 'Adresse e-mail facultative.'],
		['passive-voice', 'Votre compte a été supprimé par l’équipe.'],
		['passive-voice', 'La demande est effectuée par le site.'],
		['abbreviation', 'Des mots, ex. voix.'],
		['abbreviation', 'Le groupe, la séance, etc.'],
		['abbreviation', 'Ouvert 24 h sur 24.'],
		['initials', 'Allez au CMP.'],
		['percentage', '50 % des personnes.'],
		['negation', 'Ce n’est pas obligatoire.'],
		['negation', 'N’oubliez pas votre mot de passe.'],
		['number-in-words', 'Vous avez trois messages.'],
		['median-dot', 'Les pair-aidant·es.'],
		['plural-brackets', 'Choisissez une ou des expérience(s).']
	])('%s catches « %s »', (rule, text) => {
		expect(lintFalc(text).map((fault) => fault.rule)).toContain(rule);
	});

	it.each([
		'Écrivez votre message. Puis envoyez-le.',
		'Allez au CMP (centre médico-psychologique).',
		'Vous avez 3 nouveaux messages.',
		'Envoyez un SMS au 114.',
		'Les pair-aidants et les pair-aidantes.'
	])('lets « %s » pass', (text) => {
		expect(lintFalc(text)).toEqual([]);
	});

	it('has a bad example for every rule above', () => {
		expect(FALC_RULES.map((rule) => rule.name).sort()).toEqual(
			[
				'abbreviation',
				'hard-word',
				'initials',
				'median-dot',
				'negation',
				'number-in-words',
				'one-idea',
				'passive-voice',
				'percentage',
				'plural-brackets',
				'sentence-length'
			].sort()
		);
	});
});
