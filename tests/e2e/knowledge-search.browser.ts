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
const PUBLIC_ONE = 'Les trois premiers jours à la maison';
const FOR_MEMBERS = 'Retrouver le sommeil après l’hôpital';
const FOR_THE_GEM = 'Préparer le premier rendez-vous au CMP après la sortie';

/** Searches from the /savoirs form (a GET form: the same with and without JavaScript). */
async function search(page: Page, query: string) {
	await page.locator('#q').fill(query);
	await submit(page, 'Rechercher');
}

describe.each(JS_MODES)(
	'experiential knowledge: search and reading lists (%s)',
	(_mode, javaScriptEnabled) => {
		it('lets a member find knowledge by a synonym with a typo, and says so when nothing matches', async () => {
			const { page } = await newPage(browser(), javaScriptEnabled);
			await signIn(page, 'Camille');
			await page.goto('/savoirs');
			await search(page, 'hospitalisation sous contrainnte');
			const text = await mainText(page);
			expect(text).toContain('Recherche élargie à l’expérience');
			for (const title of [PUBLIC_ONE, FOR_MEMBERS, FOR_THE_GEM]) expect(text).toContain(title);
			expect(await page.getByRole('link', { name: 'Partager un savoir' }).getAttribute('href')).toBe(
				'/savoirs/nouveau'
			);
			await expectAccessible(page);
			await search(page, 'xylophoneqq');
			expect(await mainText(page)).toContain('Aucun savoir ne correspond à votre recherche.');
		});

		it('searches as a member types on /savoirs/recherche, and by its GET form without JavaScript', async () => {
			const { page } = await newPage(browser(), javaScriptEnabled);
			await signIn(page, 'Camille');
			await page.goto('/savoirs');
			await settle(page, () => page.getByRole('link', { name: 'Rechercher en direct' }).click());
			await page.waitForURL('**/savoirs/recherche');
			expect(await mainText(page)).toContain('Les dernières contributions');
			await expectAccessible(page);
			const field = page.locator('#q');
			const status = page.getByRole('status');
			if (javaScriptEnabled) {
				// Typed key by key, never submitted: the results, the address and the live region follow.
				await field.pressSequentially('sommeil', { delay: 40 });
				await page.waitForURL('**/savoirs/recherche?q=sommeil');
				await eventually(
					() => mainText(page),
					(text) => expect(text).toContain(FOR_MEMBERS)
				);
				await eventually(
					() => status.textContent(),
					(text) => expect(text).toMatch(/\d+ savoirs? trouvés?/)
				);
				await field.press('ControlOrMeta+a');
				await field.pressSequentially('xylophoneqq', { delay: 40 });
				await page.waitForURL('**/savoirs/recherche?q=xylophoneqq');
				await eventually(
					() => mainText(page),
					(text) => expect(text).toContain('Aucun savoir ne correspond')
				);
				await eventually(
					() => status.textContent(),
					(text) => expect(text).toBe('0 savoir trouvé')
				);
				// The focus and every typed letter stayed in the field.
				expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
				expect(await field.inputValue()).toBe('xylophoneqq');
				await expectAccessible(page);
				await page.reload();
				expect(await field.inputValue()).toBe('xylophoneqq');
			} else {
				await search(page, 'sommeil');
				expect(page.url()).toContain('/savoirs/recherche?q=sommeil');
				expect(await mainText(page)).toContain(FOR_MEMBERS);
				expect(await status.textContent()).toBe('');
				await expectAccessible(page);
			}
		});

		it('lets a coordinator build a reading list and publish a research dataset', async () => {
			const title = `Parcours ${newPseudonym('essai')}`;
			const { page } = await newPage(browser(), javaScriptEnabled);
			await signIn(page, 'Louise');
			await page.goto('/organisations/gem-les-traboules/parcours');
			await expectAccessible(page);
			await page.getByLabel('Titre').fill(title);
			await page.getByLabel('Qui peut le lire').selectOption({ label: 'Toutes les personnes connectées' });
			await submit(page, 'Créer le parcours');
			await page.waitForURL('**/parcours/*');
			for (const [query, added] of [
				['sommeil', FOR_MEMBERS],
				['trois premiers jours', PUBLIC_ONE]
			] as const) {
				await page.getByLabel('Chercher un savoir à ajouter').fill(query);
				await submit(page, 'Rechercher');
				await submit(page, `Ajouter « ${added} »`.replaceAll(' « ', ' «\u202f').replaceAll(' »', '\u202f»'));
			}
			await submit(page, `Monter «\u202f${PUBLIC_ONE}\u202f»`);
			const items = await page.locator('ol.items h3').allTextContents();
			expect(items).toEqual([PUBLIC_ONE, FOR_MEMBERS]);
			await expectAccessible(page);

			await page.goto('/organisations/gem-les-traboules/recherche');
			await expectAccessible(page);
			await page.getByLabel('Titre').fill(`Savoirs du GEM ${newPseudonym('jeu')}`);
			await settle(page, () => page.getByRole('button', { name: 'Publier' }).click());
			await page.waitForURL('**/recherche/jeux-de-donnees/*');
			expect(await page.getByRole('link', { name: 'Les données en CSV (tableur)' }).count()).toBe(1);
			await expectAccessible(page);
		});

		it('shows a visitor only what was made public, on /savoirs and in a public list', async () => {
			const { page } = await newPage(browser(), javaScriptEnabled);
			await page.goto('/savoirs');
			const text = await mainText(page);
			expect(text).toContain(PUBLIC_ONE);
			expect(text).not.toContain(FOR_MEMBERS);
			expect(text).not.toContain(FOR_THE_GEM);
			expect(await page.getByRole('link', { name: 'Partager un savoir' }).count()).toBe(0);
			expect(await page.locator('script[src], script[type="module"]').count()).toBe(0);
			await expectAccessible(page);
			await page.goto('/organisations/gem-les-traboules/parcours');
			await page.getByRole('link', { name: 'Premiers jours après une hospitalisation' }).click();
			await page.waitForURL('**/parcours/*');
			const list = await page.locator('ol.items h3').allTextContents();
			expect(list).toEqual([PUBLIC_ONE]);
			await expectAccessible(page);
		});
	}
);
