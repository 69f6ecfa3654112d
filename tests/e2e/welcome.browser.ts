import { describe, expect, it } from 'vitest';
import { apiToken, callApi, sessionOf } from './support/api';
import { expectAccessible, JS_MODES, newPage, signUpWithCodes, useBrowser } from './support/browser';

const browser = useBrowser();

describe.each(JS_MODES)('welcome after sign-up (%s)', (_mode, javaScriptEnabled) => {
	it('explains the next steps until the person belongs to an organisation', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		// Sign-up, the recovery codes, then the first page: home, with the next steps.
		await signUpWithCodes(page);
		expect(new URL(page.url()).pathname).toBe('/');
		const main = page.locator('main');
		expect(await main.textContent()).not.toContain('aucune organisation');
		expect(await main.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
			'Les prochaines étapes'
		]);
		const steps = main.locator('ol.steps > li > a');
		expect(await steps.allTextContents()).toEqual([
			'Trouver une organisation',
			'Compléter mon profil',
			'Trouver un pair'
		]);
		expect(await steps.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
			'/organisations',
			'/profil',
			'/trouver-un-pair'
		]);
		// Honest about the order: finding a peer needs an organisation first.
		expect(await main.textContent()).toContain('Une fois membre d’une organisation');
		await expectAccessible(page);

		// Each step leads where it says.
		await main.getByRole('link', { name: 'Trouver une organisation' }).click();
		await page.waitForURL('**/organisations');
		expect(await page.textContent('h1')).toBe('Organisations');

		// A request waiting for an answer is said, and the steps stay.
		const token = await sessionOf(page);
		const joined = (await callApi(token, 'POST', '/api/v1/organisations/gem-les-traboules/memberships', {
			acceptCharter: true
		})) as { membershipId: string };
		await page.goto('/');
		expect(await main.textContent()).toContain(
			'Votre demande pour rejoindre une organisation attend une réponse.'
		);
		expect(await main.textContent()).toContain('GEM Les Traboules');
		expect(await steps.count()).toBe(3);
		await expectAccessible(page);

		// Once a member, home is the list of the person's organisations again.
		await callApi(
			await apiToken('Louise'),
			'PATCH',
			`/api/v1/organisations/gem-les-traboules/members/${joined.membershipId}`,
			{ status: 'active' }
		);
		await page.goto('/');
		expect(await main.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Mes organisations']);
		expect(await steps.count()).toBe(0);
		await context.close();
	});
});
