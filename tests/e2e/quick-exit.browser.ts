import { describe, expect, inject, it } from 'vitest';
import { sessionOf } from './support/api';
import { baseUrl, JS_MODES, newPage, signUp, useBrowser } from './support/browser';

const browser = useBrowser();

describe('quick exit', () => {
	it('with JavaScript, replaces the page so that "back" does not return to it', async () => {
		const { context, page } = await newPage(browser(), true);
		await page.goto('/');
		await page.goto('/urgence');
		await page.getByRole('link', { name: 'Quitter vite' }).click();
		await page.waitForURL(inject('neutralUrl'));
		expect(await page.textContent('h1')).toBe('Météo du jour');
		await page.goBack();
		expect(page.url()).not.toContain('/urgence');
		await context.close();
	});

	it('without JavaScript, still leads to the neutral site', async () => {
		const { context, page } = await newPage(browser(), false);
		await page.goto('/organisations');
		await page.getByRole('link', { name: 'Quitter vite' }).click();
		await page.waitForURL(inject('neutralUrl'));
		expect(await page.textContent('h1')).toBe('Météo du jour');
		await context.close();
	});

	it('with JavaScript, also leaves when Escape is pressed three times', async () => {
		const { context, page } = await newPage(browser(), true);
		await page.goto('/organisations');
		// Wait for hydration: the key listener is attached by the app's JavaScript.
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(300);
		for (let press = 0; press < 3; press++) await page.keyboard.press('Escape');
		await page.waitForURL(inject('neutralUrl'));
		await context.close();
	});

	it('leaves on Escape pressed three times before the app has loaded', async () => {
		const context = await browser().newContext({ locale: 'fr-FR', baseURL: baseUrl() });
		const page = await context.newPage();
		// The app's JavaScript never arrives: the page stays as the server sent it, never hydrated.
		await page.route('**/_app/**', (route) => route.abort());
		await page.goto('/organisations');
		expect(await page.locator('html[data-enhanced]').count()).toBe(0);
		for (let press = 0; press < 3; press++) await page.keyboard.press('Escape');
		await page.waitForURL(inject('neutralUrl'));
		await context.close();
	});

	for (const [mode, javaScript] of JS_MODES) {
		it(`${mode}: signs out on the server, so Back and the old cookie show nothing private`, async () => {
			const { context, page } = await newPage(browser(), javaScript);
			const pseudonym = await signUp(page);
			await page.goto('/compte');
			expect(await page.textContent('main')).toContain(pseudonym);
			const session = await sessionOf(page);
			// A slow server (or network): the sign-out answers 400 ms later. The page must not leave before it
			// (a Back request could otherwise come back with the session still open).
			await page.route('**/sortie', async (route) => {
				await new Promise((resolve) => setTimeout(resolve, 400));
				await route.continue();
			});

			await page.getByRole('link', { name: 'Quitter vite' }).click();
			await page.waitForURL(inject('neutralUrl'));
			await page.goBack({ waitUntil: 'load' });
			expect(page.url()).not.toBe(inject('neutralUrl'));
			expect(await page.textContent('body')).not.toContain(pseudonym);

			const withOldCookie = await fetch(`${baseUrl()}/compte`, {
				redirect: 'manual',
				headers: { cookie: `ep_session=${session}` }
			});
			expect(withOldCookie.status).toBe(303);
			expect(withOldCookie.headers.get('location')).toMatch(/^\/connexion/);
			await context.close();
		});
	}

	it('sends every signed-in page with Cache-Control: no-store', async () => {
		const { context, page } = await newPage(browser(), false);
		await signUp(page);
		const cookie = `ep_session=${await sessionOf(page)}`;
		for (const path of ['/', '/compte', '/organisations', '/conversations', '/urgence']) {
			const response = await fetch(`${baseUrl()}${path}`, { headers: { cookie } });
			expect(response.headers.get('cache-control'), path).toContain('no-store');
		}
		await context.close();
	});
});
