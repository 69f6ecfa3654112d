import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN, PLAN_TEXT_SECTIONS, type PlanContent } from './plan-content';
import { planPdfBlocks, renderPlanPdf } from './plan-pdf';

const sentence = 'Je ne dors plus, je n’ouvre plus mon courrier et je ne réponds plus au téléphone. ';
const ordinary: PlanContent = {
	...EMPTY_PLAN,
	...Object.fromEntries(PLAN_TEXT_SECTIONS.map((section) => [section, sentence.repeat(2).trim()])),
	contacts: [
		{ name: 'Élise', phone: '06 12 34 56 78' },
		{ name: 'Dr Martin', phone: '04 78 00 00 00' },
		{ name: 'Le CMP', phone: '04 78 11 11 11' }
	]
};
const options = (format: 'a4' | 'card') => ({
	locale: 'fr' as const,
	format,
	savedAt: new Date('2026-12-01T10:00:00Z'),
	version: 2
});
const pages = async (bytes: Uint8Array) => (await PDFDocument.load(bytes)).getPageCount();

describe('the printed plan', () => {
	it('holds an ordinary plan on one A4 page and its card on one card', async () => {
		expect(await pages(await renderPlanPdf(ordinary, options('a4')))).toBe(1);
		expect(await pages(await renderPlanPdf(ordinary, options('card')))).toBe(1);
	});

	it('always prints the crisis lines, even on an empty plan', () => {
		for (const format of ['a4', 'card'] as const) {
			const text = JSON.stringify(planPdfBlocks(EMPTY_PLAN, { locale: 'fr' }, format));
			for (const line of ['3114', '15', '112', '114']) expect(text).toContain(`"${line}"`);
		}
	});

	it('leaves empty sections out and keeps only three people on the card', () => {
		const plan = {
			...ordinary,
			pets: '',
			contacts: [...ordinary.contacts, { name: 'Quatrième', phone: '0600000000' }]
		};
		expect(JSON.stringify(planPdfBlocks(plan, { locale: 'fr' }, 'a4'))).not.toContain('Mes animaux');
		expect(JSON.stringify(planPdfBlocks(plan, { locale: 'fr' }, 'card'))).not.toContain('Quatrième');
	});

	it('prints in easy-read French for a reader in easy-read, in standard French otherwise', async () => {
		const easy = JSON.stringify(planPdfBlocks(ordinary, { locale: 'fr', variant: 'easy' }, 'a4'));
		const standard = JSON.stringify(planPdfBlocks(ordinary, { locale: 'fr' }, 'a4'));
		expect(easy).toContain('Mes choix à l’avance');
		expect(easy).toContain('Si vous pensez à mourir. Jour et nuit.');
		expect(easy).not.toContain('directives anticipées');
		expect(standard).toContain('Mes directives anticipées');
		expect(standard).toContain('Prévention du suicide, jour et nuit');
		const card = JSON.stringify(planPdfBlocks(ordinary, { locale: 'fr', variant: 'easy' }, 'card'));
		expect(card).toContain('Pour une urgence, par SMS.');
		// English has no easy-read wording: the English reader keeps standard English.
		expect(JSON.stringify(planPdfBlocks(ordinary, { locale: 'en', variant: 'easy' }, 'a4'))).toBe(
			JSON.stringify(planPdfBlocks(ordinary, { locale: 'en' }, 'a4'))
		);
		const title = async (variant: 'easy' | 'standard') =>
			(await PDFDocument.load(await renderPlanPdf(ordinary, { ...options('a4'), variant }))).getTitle();
		expect(await title('easy')).toBe('Mon plan pour les moments difficiles');
		expect(await title('standard')).toBe('Mon plan de crise et de rétablissement');
	});
});
