import { describe, expect, it } from 'vitest';
import {
	expectAccessible,
	JS_MODES,
	newPage,
	submit,
	useBrowser,
	eventually,
	openHeaderMenu
} from './support/browser';

const browser = useBrowser();

describe.each(JS_MODES)('public pages (%s)', (_mode, javaScriptEnabled) => {
	it('shows the home page, in French, with the emergency link and the quick exit', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		await page.goto('/');
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		await eventually(
			() => page.getByRole('heading', { level: 1 }).textContent(),
			(value) => expect(value).toContain('Entrepairs')
		);
		expect(await page.getByRole('link', { name: "En cas d'urgence" }).first().isVisible()).toBe(true);
		expect(await page.getByRole('link', { name: 'Quitter vite' }).isVisible()).toBe(true);
		await expectAccessible(page);
		await context.close();
	});

	it('gives the crisis numbers and says the platform is not an emergency service', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		await page.goto('/');
		await page.getByRole('link', { name: "En cas d'urgence" }).first().click();
		await page.waitForURL('**/urgence');
		const text = await page.textContent('main');
		for (const number of ['3114', '15', '112', '114']) expect(text).toContain(number);
		expect(text).toContain("n'est pas un service d'urgence");
		expect(await page.getAttribute('a[href="sms:114"]', 'href')).toBe('sms:114');
		await expectAccessible(page);
		await context.close();
	});

	it('has an accessibility statement and a personal data page', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		await page.goto('/accessibilite');
		expect(await page.textContent('h1')).toContain("Déclaration d'accessibilité");
		expect(await page.textContent('main')).toContain('RGAA');
		await expectAccessible(page);
		await page.goto('/confidentialite');
		expect(await page.textContent('main')).toContain('Aucun traceur');
		await expectAccessible(page);
		await context.close();
	});

	it('switches to English, remembers it, and switches back', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		await page.goto('/organisations');
		await openHeaderMenu(page);
		await submit(page, 'Switch to English');
		await eventually(
			() => page.getAttribute('html', 'lang'),
			(value) => expect(value).toBe('en')
		);
		expect(await page.textContent('h1')).toBe('Organisations');
		expect(await page.textContent('header')).toContain('Quick exit');
		await expectAccessible(page);
		await page.goto('/urgence');
		expect(await page.textContent('h1')).toBe('In an emergency');
		await openHeaderMenu(page);
		await submit(page, 'Passer en français');
		await eventually(
			() => page.getAttribute('html', 'lang'),
			(value) => expect(value).toBe('fr')
		);
		expect(await page.textContent('h1')).toBe("En cas d'urgence");
		await context.close();
	});

	it('lets a visitor enlarge the text and choose dark colours', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		await page.goto('/preferences');
		await expectAccessible(page);
		await page.getByLabel('Grande', { exact: true }).check();
		await page.getByLabel('Sombres').check();
		await submit(page, 'Enregistrer');
		await eventually(
			() => page.getAttribute('html', 'data-text-size'),
			(value) => expect(value).toBe('large')
		);
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		await expectAccessible(page);
		await page.goto('/');
		expect(await page.getAttribute('html', 'data-text-size')).toBe('large');
		await context.close();
	});

	it('answers an unknown address with a friendly page', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		const response = await page.goto('/cette-page-n-existe-pas');
		expect(response?.status()).toBe(404);
		expect(await page.textContent('h1')).toBe('Page introuvable');
		await expectAccessible(page);
		await context.close();
	});
});
