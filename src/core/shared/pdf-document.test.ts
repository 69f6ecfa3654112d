import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { renderPdf, winAnsi } from './pdf-document';

describe('winAnsi', () => {
	it.each([
		['Fiche\u202f: mission', 'Fiche : mission'],
		['œuvre « élan » – 3114 €', 'œuvre « élan » – 3114 €'],
		['pair\u2011aidant', 'pair-aidant'],
		['emoji 🙂 ok', 'emoji ? ok'],
		['zero\u200bwidth', 'zerowidth']
	])('%j -> %j', (input, output) => {
		expect(winAnsi(input)).toBe(output);
	});
});

describe('renderPdf', () => {
	it('lays out every kind of block over as many pages as needed, with metadata', async () => {
		const created = new Date('2026-12-01T10:00:00Z');
		const bytes = await renderPdf({
			title: 'Attestation d’activité',
			subtitle: 'Du 1er janvier au 31 décembre 2026',
			lang: 'fr',
			createdAt: created,
			footer: 'Vérifier\u202f: https://example.org/verifier — code ABCD-EFGH',
			blocks: [
				{ kind: 'heading', text: 'Mission' },
				{ kind: 'paragraph', text: 'Un texte '.repeat(200) },
				{
					kind: 'fields',
					rows: [
						['Rôle', 'Pair-aidant bénévole'],
						['Lieu', 'GEM de Rennes']
					]
				},
				{ kind: 'list', items: ['Écoute', 'Animation'] },
				{
					kind: 'table',
					columns: ['Date', 'Activité', 'Durée'],
					rows: Array.from({ length: 120 }, (_, i) => [`${i + 1}/01/2026`, 'Groupe de parole', '2 h'])
				}
			]
		});
		const pdf = await PDFDocument.load(bytes);
		expect(pdf.getPageCount()).toBeGreaterThan(2);
		expect(pdf.getTitle()).toBe('Attestation d’activité');
		expect(pdf.getCreationDate()?.toISOString()).toBe(created.toISOString());
		expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe('%PDF-');
	});

	it('fits a wallet card on one page', async () => {
		const bytes = await renderPdf({
			title: 'Mon plan',
			lang: 'fr',
			format: 'card',
			blocks: [{ kind: 'fields', rows: [['3114', 'Prévention du suicide']] }]
		});
		const pdf = await PDFDocument.load(bytes);
		expect(pdf.getPageCount()).toBe(1);
		const { width } = pdf.getPage(0).getSize();
		expect(Math.round(width)).toBe(243);
	});
});
