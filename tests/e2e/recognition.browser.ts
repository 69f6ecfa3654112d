import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	newPseudonym,
	settle,
	signIn,
	submit,
	useBrowser
} from './support/browser';

const browser = useBrowser();
const mainText = (page: Page) => page.textContent('main');
const GEM = '/organisations/gem-les-traboules/reconnaissance';

describe.each(JS_MODES)('recognition of peer supporters’ work (%s)', (_mode, javaScriptEnabled) => {
	it('a diploma is attested and shown to members, activity fills itself, an attestation is issued and verified', async () => {
		const title = `DU Pair-aidance (${newPseudonym('promo')})`;
		const sacha = (await newPage(browser(), javaScriptEnabled)).page;
		await signIn(sacha, 'Sacha');
		await sacha.goto('/compte/qualifications');
		await expectAccessible(sacha);
		const add = sacha.locator('form[action="?/create"]');
		await add.getByLabel('Ce que c’est').selectOption('du_peer_support');
		await add.getByLabel('Intitulé').fill(title);
		await add.getByLabel('Organisme (université, association…)').fill('Université Lyon 1');
		await add.getByLabel('Date d’obtention ou de début').fill('2025-06-30');
		await add.getByLabel('Qui peut la voir').selectOption('my_organisations');
		await settle(sacha, () => add.getByRole('button', { name: 'Enregistrer' }).click());
		const card = sacha.locator('li[data-credential]', { hasText: title });
		await eventually(
			() => card.textContent(),
			(text) => expect(text).toContain('Déclarée par vous')
		);
		const credentialId = await card.getAttribute('data-credential');
		await settle(sacha, () => card.getByRole('button', { name: 'Demander l’attestation' }).click());
		await eventually(
			() => sacha.locator('li[data-credential]', { hasText: title }).textContent(),
			(text) => expect(text).toContain('Attestation demandée à GEM Les Traboules')
		);
		await sacha.goto(`/compte/qualifications/${credentialId}`);
		await expectAccessible(sacha);

		const louise = (await newPage(browser(), javaScriptEnabled)).page;
		await signIn(louise, 'Louise');
		await louise.goto(GEM);
		await expectAccessible(louise);
		const request = louise.locator('li[data-request]', { hasText: title });
		await settle(louise, () => request.getByRole('button', { name: 'J’atteste l’avoir vérifiée' }).click());
		await eventually(
			() => mainText(louise),
			(text) => expect(text).toContain('Qualification attestée.')
		);
		const sachaLink = louise.getByRole('link', { name: /^Sacha \(/ });
		const href = (await sachaLink.getAttribute('href'))!;
		const sachaId = new URL(href, 'http://localhost/').searchParams.get('personne');

		// A member of the GEM sees the attested diploma on Sacha's page.
		const camille = (await newPage(browser(), javaScriptEnabled)).page;
		await signIn(camille, 'Camille');
		await camille.goto(`/personnes/${sachaId}`);
		const shown = await mainText(camille);
		expect(shown).toContain(title);
		expect(shown).toContain('Attestée par GEM Les Traboules');
		await expectAccessible(camille);

		// The activity log fills itself from the talk groups Sacha facilitated.
		await sacha.goto('/compte/activite');
		await expectAccessible(sacha);
		await submit(sacha, 'Compléter depuis mes accompagnements et séances');
		await eventually(
			() => mainText(sacha),
			(text) => expect(text).toMatch(/Animation de groupe[^]*automatique/)
		);
		const entry = await sacha.locator('li[data-entry]').first().getAttribute('data-entry');
		await sacha.goto(`/compte/activite/${entry}`);
		await expectAccessible(sacha);

		// The coordinator issues an attestation for the past year.
		const today = new Date().toISOString().slice(0, 10);
		const yearAgo = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
		await louise.goto(`${GEM}?personne=${sachaId}`);
		await louise.getByLabel('Pair-aidant·e', { exact: true }).selectOption(sachaId!);
		await louise.getByLabel('Début de la période').fill(yearAgo);
		await louise.getByLabel('Fin de la période').fill(today);
		await submit(louise, 'Délivrer l’attestation');
		let code = '';
		await eventually(
			() => mainText(louise),
			(text) => {
				code = /Attestation délivrée\. Code\u202f: ([0-9A-Z-]{24})/.exec(text ?? '')?.[1] ?? '';
				expect(code).not.toBe('');
			}
		);
		const pdfLink = louise.locator('li[data-attestation]', { hasText: code }).getByRole('link');
		const pdf = await louise.request.get((await pdfLink.getAttribute('href'))!);
		expect(pdf.headers()['content-type']).toBe('application/pdf');
		expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

		// Anyone verifies it, without an account.
		const visitor = (await newPage(browser(), javaScriptEnabled)).page;
		await visitor.goto(`/attestations/verifier/${code}`);
		await expectAccessible(visitor);
		await submit(visitor, 'Vérifier');
		await eventually(
			() => mainText(visitor),
			(text) => {
				expect(text).toContain('Attestation authentique');
				expect(text).toContain('GEM Les Traboules');
				expect(text).toContain('Animation de groupe');
			}
		);
		await expectAccessible(visitor);
	});
});
