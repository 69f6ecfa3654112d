import { describe, expect, it } from 'vitest';
import {
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	signIn,
	signUp,
	submit,
	useBrowser
} from './support/browser';
import { joinDemoGemWithExperiences } from './support/api';

const browser = useBrowser();
type Page = import('playwright-core').Page;

const mainText = (page: Page) => page.textContent('main');
// Hidden ones too: what is neither chosen nor found waits in the closed "Toutes les expériences".
const checkbox = (page: Page, name: string) =>
	page.getByRole('checkbox', { name, exact: true, includeHidden: true });

describe.each(JS_MODES)('finding a peer on a phone (%s)', (_mode, javaScriptEnabled) => {
	it('starts from the profile’s experiences, searches without choosing for the person, and keeps what was ticked', async () => {
		const member = await newPage(browser(), javaScriptEnabled);
		await member.page.setViewportSize({ width: 360, height: 740 });
		await signUp(member.page);
		await joinDemoGemWithExperiences(member.page, [
			{ experienceId: 'troubles-psychiques/entente-de-voix', visibility: 'only_me' }
		]);
		await member.page.goto('/trouver-un-pair');
		await expectAccessible(member.page);
		// The profile's experience comes first, ticked; the full list waits behind a summary.
		await expect(checkbox(member.page, 'Entente de voix').isChecked()).resolves.toBe(true);
		await expect(checkbox(member.page, 'Trouble bipolaire').isVisible()).resolves.toBe(false);
		await expect(checkbox(member.page, 'Trouble bipolaire').isChecked()).resolves.toBe(false);

		// Searching lists candidates, accents and case folded; it ticks nothing.
		await member.page.getByLabel('Chercher une expérience').fill('DEPRESSION');
		await submit(member.page, 'Chercher');
		await eventually(
			() => mainText(member.page),
			(text) => expect(text).toContain('Résultats pour «\u202fDEPRESSION\u202f»')
		);
		await expect(checkbox(member.page, 'Dépression').isChecked()).resolves.toBe(false);
		await expect(checkbox(member.page, 'Dépression post-partum').isChecked()).resolves.toBe(false);
		await expect(checkbox(member.page, 'Entente de voix').isChecked()).resolves.toBe(true);
		await expectAccessible(member.page);

		// The person chooses; a second search keeps that choice.
		await checkbox(member.page, 'Dépression').check();
		await member.page.getByLabel('Chercher une expérience').fill('deuil');
		await submit(member.page, 'Chercher');
		await eventually(
			() => mainText(member.page),
			(text) => expect(text).toContain('Résultats pour «\u202fdeuil\u202f»')
		);
		await expect(checkbox(member.page, 'Dépression').isChecked()).resolves.toBe(true);
		await expect(checkbox(member.page, 'Dépression post-partum').isChecked()).resolves.toBe(false);

		await submit(member.page, 'Continuer');
		await eventually(
			() => mainText(member.page),
			(text) => expect(text).toContain('Vous cherchez quelqu’un qui connaît')
		);
		const chosen = await member.page.locator('#experienceIds').textContent();
		expect(chosen).toContain('Entente de voix');
		expect(chosen).toContain('Dépression');
		expect(chosen).not.toContain('post-partum');
		await expectAccessible(member.page);

		// When they can usually talk: Tuesday afternoons, when Sacha is available too.
		await member.page
			.getByRole('group', { name: /^mardi$/i })
			.getByRole('checkbox', { name: 'après-midi' })
			.check();
		await submit(member.page, 'Voir les pair-aidant·es');
		await member.page.waitForURL(/\/trouver-un-pair\/[0-9a-f-]{36}$/);
		const sacha = member.page.locator('ol.matches > li').filter({ hasText: 'Sacha' });
		await eventually(
			() => sacha.textContent(),
			(text) => expect(text).toContain('Disponible aux mêmes moments que vous.')
		);
		expect(await sacha.textContent()).toContain('Sa présentation');
		await expectAccessible(member.page);
		await member.context.close();
	}, 180_000); // a long journey on a busy two-core machine
});

describe('find-a-peer pages at 320 px with 200 % text', () => {
	/** How many pixels the page is wider than the screen (0: no sideways scrolling). */
	const sidewaysOverflow = async (page: Page) => {
		// Through the CSSOM: the content security policy refuses an inline style sheet.
		await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
		return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	};

	it('never scrolls sideways on /trouver-un-pair (both steps, matches) nor /espace-pair-aidant', async () => {
		const member = await newPage(browser(), true);
		await member.page.setViewportSize({ width: 320, height: 740 });
		await signUp(member.page);
		await joinDemoGemWithExperiences(member.page, [
			{ experienceId: 'troubles-psychiques/entente-de-voix', visibility: 'only_me' }
		]);
		await member.page.goto(
			'/trouver-un-pair?choix=1&q=voix&experienceIds=troubles-psychiques%2Fentente-de-voix'
		);
		await member.page.getByText('Toutes les expériences').click();
		expect(await sidewaysOverflow(member.page), '/trouver-un-pair').toBe(0);
		await submit(member.page, 'Continuer');
		expect(await sidewaysOverflow(member.page), '/trouver-un-pair, second step').toBe(0);
		await submit(member.page, 'Voir les pair-aidant·es');
		await member.page.waitForURL(/\/trouver-un-pair\/[0-9a-f-]{36}$/);
		expect(await sidewaysOverflow(member.page), 'the matches').toBe(0);

		const supporter = await newPage(browser(), true);
		await supporter.page.setViewportSize({ width: 320, height: 740 });
		await signIn(supporter.page, 'Sacha');
		await supporter.page.goto('/espace-pair-aidant?q=deuil');
		await supporter.page.getByText('Toutes les expériences').click();
		expect(await sidewaysOverflow(supporter.page), '/espace-pair-aidant').toBe(0);
		await member.context.close();
		await supporter.context.close();
	});
});
