import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accompanimentWithSacha, apiToken, signUpForApi } from './api';
import { baseUrl, expectAccessible, newPage, openHeaderMenu, type useBrowser } from './browser';

// The phone layout journeys (phone-layout.browser.ts with JavaScript, phone-layout-no-js.browser.ts without:
// two files, so that the two lanes can share them). A cheap phone: 360 x 740. The content must start in its first third, at normal text, with the app's own
// largest text setting and at 200 % text (WCAG 1.4.4, emulated by enlarging the root font as a browser's
// text zoom does); and at 320 px wide nothing may scroll sideways (WCAG 1.4.10), at normal and 200 % text.
const PHONE = { width: 360, height: 740 };
const FIRST_THIRD = Math.floor(PHONE.height / 3);
const NARROW = 320;
/** Enough for every page a demo role reaches; a crawl that finds more says so. */
const MOST_PAGES = 90;

/**
 * Each role's session: the demo accounts, and a newcomer in an accompaniment with Sacha (their
 * conversation, help request and accompaniment are the dynamic pages the demo data does not have; Sacha
 * sees the same accompaniment).
 */
const ROLES: [string, () => Promise<string | null>][] = [
	['visitor', async () => null],
	['member', () => apiToken('Camille')],
	[
		'member in an accompaniment',
		async () => {
			const newcomer = await signUpForApi('Telephone');
			await accompanimentWithSacha(newcomer.token);
			return newcomer.token;
		}
	],
	[
		'peer supporter',
		async () => {
			await accompanimentWithSacha((await signUpForApi('Telephone')).token);
			return apiToken('Sacha');
		}
	],
	['coordinator', () => apiToken('Louise')],
	['instance admin', () => apiToken('Alix')]
];

/**
 * The pages each role must reach at least (dynamic ones through the demo data: an organisation, its
 * members, a person, a conversation), so that a crawl that stops early cannot pass unnoticed.
 */
const EXPECTED: Record<string, string[]> = {
	visitor: ['/', '/organisations', '/organisations/:slug', '/urgence', '/connexion', '/inscription'],
	member: ['/', '/trouver-un-pair', '/conversations', '/profil', '/compte', '/organisations/:slug'],
	'member in an accompaniment': ['/conversations/:id', '/accompagnements/:id'],
	'peer supporter': ['/espace-pair-aidant', '/conversations/:id', '/accompagnements/:id'],
	coordinator: [
		'/organisations/:slug/gestion',
		'/organisations/:slug/membres',
		'/personnes/:id',
		'/moderation'
	],
	'instance admin': ['/admin', '/admin/vocabulaire']
};

/** One page per route: ids and organisation slugs folded, so the crawl visits each kind of page once. */
function routeOf(path: string): string {
	return path
		.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ':id')
		.replace(/^\/organisations\/[^/]+/, '/organisations/:slug')
		.replace(/\/\d+(?=\/|$)/g, '/:n');
}

/** Links a person can follow from this page (GET, same site), minus the quick exit and files (downloads,
 * PDFs, open data, calendar feeds): they are not pages. */
async function linksOn(page: Page): Promise<string[]> {
	const origin = new URL(baseUrl()).origin;
	const hrefs = await page
		.locator('a[href]:not([download])')
		.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
	return hrefs
		.map((href) => new URL(href))
		.filter(
			(url) =>
				url.origin === origin &&
				!/^\/(sortie|api\/)/.test(url.pathname) &&
				!/\.(csv|json|pdf|ics|js)$/.test(url.pathname)
		)
		.map((url) => url.pathname + url.search);
}

interface Figures {
	mainTop: number;
	mainTopLarger: number;
	mainTop200: number;
	overflow: number;
	overflow200: number;
}

/**
 * Where <main> starts and how far the page scrolls sideways, at each text size, on one loaded page. Text
 * sizes change through the CSSOM, not a <style> element: the page's Content-Security-Policy allows that,
 * JavaScript or not. Each reading forces layout (getBoundingClientRect, scrollWidth), so the figures read
 * at each width come from one call into the page instead of a round trip per figure and per text size
 * (eleven calls a page, on some 600 pages).
 */
async function measure(page: Page): Promise<Figures> {
	await page.setViewportSize(PHONE);
	const tops = await page.evaluate(() => {
		const root = document.documentElement;
		const mainTop = () => Math.round(document.querySelector('main')!.getBoundingClientRect().top + scrollY);
		const normal = mainTop();
		root.dataset.textSize = 'larger';
		root.style.removeProperty('font-size');
		const larger = mainTop();
		// 200 %: the app's normal setting, the root font doubled as a browser's text zoom does.
		root.dataset.textSize = 'normal';
		root.style.setProperty('font-size', '200%', 'important');
		return { mainTop: normal, mainTopLarger: larger, mainTop200: mainTop() };
	});
	// Still at 200 % text.
	await page.setViewportSize({ width: NARROW, height: PHONE.height });
	const overflows = await page.evaluate(() => {
		const root = document.documentElement;
		const overflow = () => root.scrollWidth - root.clientWidth;
		const at200 = overflow();
		root.dataset.textSize = 'normal';
		root.style.removeProperty('font-size');
		return { overflow200: at200, overflow: overflow() };
	});
	await page.setViewportSize(PHONE);
	return { ...tops, ...overflows };
}

/** Every role's crawl on a phone, with JavaScript on or off, in `browser` (the file's own). */
export function describePhoneLayout(browser: ReturnType<typeof useBrowser>, javaScriptEnabled: boolean) {
	describe(`on a phone (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, () => {
		it.each(ROLES)(
			'for a %s, every reachable page starts in the first third and never scrolls sideways',
			async (role, session) => {
				const { context, page } = await newPage(browser(), javaScriptEnabled);
				const token = await session();
				if (token) await context.addCookies([{ name: 'ep_session', value: token, url: baseUrl() }]);
				await page.setViewportSize(PHONE);
				const problems: string[] = [];

				// The header menu, closed then open, passes axe; open, it fits a 320 px screen at 200 % text.
				await page.goto('/');
				await expectAccessible(page);
				await openHeaderMenu(page);
				expect(await page.locator('header details.menu').getAttribute('open')).not.toBeNull();
				await expectAccessible(page);
				const open = await measure(page);
				if (open.overflow || open.overflow200)
					problems.push(`the open menu scrolls sideways: ${JSON.stringify(open)}`);

				const queue = ['/'];
				const seen = new Map<string, string>();
				while (queue.length && seen.size < MOST_PAGES) {
					const path = queue.shift()!;
					const route = routeOf(new URL(path, baseUrl()).pathname);
					if (seen.has(route)) continue;
					seen.set(route, path);
					await page.goto(path);
					const figures = await measure(page);
					if (figures.mainTop > FIRST_THIRD)
						problems.push(`${path}: content starts at ${figures.mainTop} px`);
					if (figures.mainTopLarger > FIRST_THIRD)
						problems.push(
							`${path}: content starts at ${figures.mainTopLarger} px with the largest text setting`
						);
					if (figures.mainTop200 > FIRST_THIRD)
						problems.push(`${path}: content starts at ${figures.mainTop200} px at 200 % text`);
					if (figures.overflow > 0)
						problems.push(`${path}: scrolls ${figures.overflow} px sideways at 320 px`);
					if (figures.overflow200 > 0)
						problems.push(`${path}: scrolls ${figures.overflow200} px sideways at 320 px and 200 % text`);
					queue.push(...(await linksOn(page)));
				}
				expect(seen.size, `more than ${MOST_PAGES} pages reachable: raise MOST_PAGES`).toBeLessThan(
					MOST_PAGES
				);
				expect([...seen.keys()]).toEqual(expect.arrayContaining(EXPECTED[role]!));
				expect(problems, `pages checked: ${[...seen.values()].join(' ')}`).toEqual([]);
				await context.close();
			},
			240_000
		);
	});
}
