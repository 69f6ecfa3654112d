import { describe, expect, inject, it } from 'vitest';
import { newPage, useBrowser } from './support/browser';

const browser = useBrowser();

describe('quick exit', () => {
	it('with JavaScript, replaces the page so that "back" does not return to it', async () => {
		const { context, page } = await newPage(browser(), true);
		await page.goto('/');
		await page.goto('/urgence');
		await page.getByRole('link', { name: 'Quitter rapidement' }).click();
		await page.waitForURL(inject('neutralUrl'));
		expect(await page.textContent('h1')).toBe('Météo du jour');
		await page.goBack();
		expect(page.url()).not.toContain('/urgence');
		await context.close();
	});

	it('without JavaScript, still leads to the neutral site', async () => {
		const { context, page } = await newPage(browser(), false);
		await page.goto('/organisations');
		await page.getByRole('link', { name: 'Quitter rapidement' }).click();
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
});
