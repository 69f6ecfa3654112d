#!/usr/bin/env node
// Page heights of "Trouver un pair" (Camille) and "Espace pair-aidant" (Sacha) at 360x740, and whether they
// scroll sideways at 320 px with 200 % text (issue 15, items 2 and 3). Against a running demo server:
//   BASE_URL=http://localhost:3000 node bench/find-page-heights.js
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });

async function signedInPage(pseudonym, viewport) {
	const context = await browser.newContext({ viewport, locale: 'fr-FR' });
	const page = await context.newPage();
	const response = await page.request.post(`${base}/api/v1/session`, {
		data: { pseudonym, password: 'demo-entrepairs' }
	});
	const { token } = await response.json();
	await context.addCookies([{ name: 'ep_session', value: token, url: base }]);
	return page;
}

const PAGES = [
	['/trouver-un-pair', 'Camille'],
	['/espace-pair-aidant', 'Sacha']
];
for (const [path, pseudonym] of PAGES) {
	const page = await signedInPage(pseudonym, { width: 360, height: 740 });
	await page.goto(base + path);
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	const narrow = await signedInPage(pseudonym, { width: 320, height: 740 });
	await narrow.goto(base + path);
	// Through the CSSOM: the content security policy refuses an inline style sheet.
	await narrow.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
	const overflow = await narrow.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	console.log(
		`${path} (${pseudonym}): ${height} px tall at 360x740; sideways overflow at 320 px, 200 % text: ${overflow} px`
	);
}
await browser.close();
