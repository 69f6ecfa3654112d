import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { conversationWithSacha, sessionOf } from './support/api';
import { newPage, signIn, signUp, useBrowser } from './support/browser';

const browser = useBrowser();

/**
 * The options of every select on the page that do not fit in it at the page's width, measured with the
 * select's own font: on a phone a cut option ("Toute personne connectée sur ce…") cannot be read.
 */
function cutOptions(page: Page) {
	return page.evaluate(() => {
		const context = document.createElement('canvas').getContext('2d')!;
		const cut: string[] = [];
		for (const select of document.querySelectorAll('select')) {
			const style = getComputedStyle(select);
			context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
			const box = select.getBoundingClientRect();
			if (box.right > document.documentElement.clientWidth + 1) cut.push(`#${select.id} overflows the page`);
			// Text room: the box less its padding and the arrow (about 1.5em), unless the options wrap.
			if (style.whiteSpace !== 'nowrap' && style.getPropertyValue('appearance') === 'base-select') continue;
			const room =
				select.clientWidth -
				parseFloat(style.paddingLeft) -
				parseFloat(style.paddingRight) -
				1.5 * parseFloat(style.fontSize);
			for (const option of select.options)
				if (context.measureText(option.text).width > room) cut.push(`#${select.id}: ${option.text}`);
		}
		return cut;
	});
}

// Layout does not depend on JavaScript; measuring needs it.
describe('forms on a phone', () => {
	it('shows every select option whole at 360 px', async () => {
		const javaScriptEnabled = true;
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		await page.setViewportSize({ width: 360, height: 740 });
		await signUp(page);
		const token = await sessionOf(page);
		const conversationId = await conversationWithSacha(token);
		const pages = ['/profil', `/conversations/${conversationId}`, '/vocabulaire', '/trouver-un-pair'];
		const cut: string[] = [];
		for (const path of pages) {
			await page.goto(path);
			// Closed disclosures still hold selects: open them all so that they are laid out.
			await page.evaluate(() =>
				document.querySelectorAll('details').forEach((details) => (details.open = true))
			);
			cut.push(...(await cutOptions(page)).map((problem) => `${path} ${problem}`));
		}
		const moderator = await newPage(browser(), javaScriptEnabled);
		await moderator.page.setViewportSize({ width: 360, height: 740 });
		await signIn(moderator.page, 'Alix');
		for (const path of ['/moderation', '/admin/vocabulaire']) {
			await moderator.page.goto(path);
			cut.push(...(await cutOptions(moderator.page)).map((problem) => `${path} ${problem}`));
		}
		expect(cut).toEqual([]);
		await Promise.all([context.close(), moderator.context.close()]);
	});
});
