import { describe, expect, it } from 'vitest';
import { checkPseudonym, foldPseudonym, normalisePseudonym } from './pseudonym';

describe('checkPseudonym', () => {
	it.each([
		['Colibri', null],
		['Éloïse-42', null],
		['marin_d.eau', null],
		['Ana', null],
		['ab', 'validation.pseudonym.length'],
		['a'.repeat(31), 'validation.pseudonym.length'],
		['  ', 'validation.pseudonym.length'],
		['-tiret', 'validation.pseudonym.characters'],
		['Ｃｏｌｉｂｒｉ', null], // stored in its ordinary form, "Colibri"
		['Соlibri', 'validation.pseudonym.characters'], // Cyrillic "С" and "о"
		['colibri\u200b', 'validation.pseudonym.characters'], // zero-width space
		['abc\u202edef', 'validation.pseudonym.characters'], // right-to-left override
		['hello 👋', 'validation.pseudonym.characters'],
		['<script>', 'validation.pseudonym.characters'],
		['Admin', 'validation.pseudonym.unavailable'],
		['Modérateur du site', 'validation.pseudonym.unavailable'],
		['ADM1N', 'validation.pseudonym.unavailable'],
		['Membre supprimé', 'validation.pseudonym.unavailable'],
		['Entrepairs', 'validation.pseudonym.unavailable'],
		// Reserved words are whole words, never prefixes of a name.
		['Samuel', null],
		['Staffan', null],
		['Adminata', null],
		['Rootsi', null],
		['Supporter du PSG', null],
		['SAMU', 'validation.pseudonym.unavailable'],
		['Samu 75', 'validation.pseudonym.unavailable'],
		['Staff Entrepairs', 'validation.pseudonym.unavailable'],
		['modérateur', 'validation.pseudonym.unavailable'],
		['Les Modérateurs', 'validation.pseudonym.unavailable'],
		['ÉquipeEntrepairs', 'validation.pseudonym.unavailable'],
		['Admin2', 'validation.pseudonym.unavailable'],
		['Julie-Admin', 'validation.pseudonym.unavailable']
	])('judges %j as %s', (raw, expected) => {
		expect(checkPseudonym(raw)).toBe(expected);
	});
});

describe('foldPseudonym', () => {
	it.each([
		['Éloïse', 'Eloise'],
		['colibri', 'COLIBRI'],
		['Marin Doux', 'marin_doux'],
		['corn', 'com'],
		['Bill0', 'bi1lO'],
		['vvalter', 'Walter']
	])('folds %j and %j to the same key', (first, second) => {
		expect(foldPseudonym(first)).toBe(foldPseudonym(second));
	});

	it('keeps different names apart', () => {
		expect(foldPseudonym('Colibri')).not.toBe(foldPseudonym('Colombe'));
	});
});

describe('normalisePseudonym', () => {
	it('trims and collapses spaces but keeps case and accents', () => {
		expect(normalisePseudonym('  Éloïse   Marin ')).toBe('Éloïse Marin');
	});
});

describe('full-width letters', () => {
	it('are stored in their ordinary form', () => {
		expect(normalisePseudonym('Ｃｏｌｉｂｒｉ')).toBe('Colibri');
	});
});
