#!/usr/bin/env node
// `npm run bench:header`: how much of a phone screen the header takes, for each role (nothing is asserted).
// On a 360 x 740 viewport (Chromium, /usr/bin/chromium or CHROMIUM_PATH), for each demo role, prints the
// header's height and the top of <main> (where content starts; the first third of the screen is 246 px) at
//  - normal text;
//  - the app's own largest text setting ("Très grande", data-text-size="larger", 131.25 %);
//  - 200 % text as WCAG 1.4.4 text resize (`html { font-size: 200% }` injected).
// Also prints whether the page scrolls sideways at 320 px wide at normal and 200 % text.
// It serves the production build (build/, run `npm run build` first) through scripts/server.js, on a fresh
// embedded (PGlite) database seeded with the demo content; JavaScript on, the header menu closed.
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { newDataDirectory, signIn, startServer } from './support.js';

const VIEWPORT = { width: 360, height: 740 };
const ROLES = [
	['visitor', null],
	['member (Camille)', 'Camille'],
	['supporter (Sacha)', 'Sacha'],
	['coordinator (Louise)', 'Louise'],
	['admin (Alix)', 'Alix']
];
const TEXT = [
	['normal text', null],
	['app "larger"', 'app'],
	['200 % text', 'css']
];

async function textSize(page, mode) {
	if (mode === 'app') await page.evaluate(() => (document.documentElement.dataset.textSize = 'larger'));
	if (mode === 'css') await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
}

const measure = (page) =>
	page.evaluate(() => {
		const header = document.querySelector('header');
		const main = document.querySelector('main');
		return {
			header: Math.round(header.getBoundingClientRect().height),
			mainTop: Math.round(main.getBoundingClientRect().top + window.scrollY)
		};
	});

const pad = (value, width) => String(value).padEnd(width);

const dataDir = newDataDirectory();
const server = await startServer({
	DATA_DIR: dataDir,
	DATABASE_URL: '',
	SEED_DEMO: 'true',
	NODE_ENV: 'production'
});
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
try {
	const { stdout } = process;
	stdout.write(
		`Header at ${VIEWPORT.width} x ${VIEWPORT.height} on / (first third: ${Math.floor(VIEWPORT.height / 3)} px)\n`
	);
	stdout.write(
		`${pad('role', 22)}${TEXT.map(([name]) => pad(`${name}: header / main top`, 34)).join('')}sideways at 320 px (normal, 200 %)\n`
	);
	for (const [role, pseudonym] of ROLES) {
		const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR', bypassCSP: true });
		if (pseudonym) {
			const token = await signIn(server.origin, pseudonym);
			await context.addCookies([{ name: 'ep_session', value: token, url: server.origin }]);
		}
		const page = await context.newPage();
		const cells = [];
		for (const [, mode] of TEXT) {
			await page.goto(server.origin + '/');
			await textSize(page, mode);
			const { header, mainTop } = await measure(page);
			const screens = (header / VIEWPORT.height).toFixed(2);
			cells.push(pad(`${header} px (${screens} screen) / ${mainTop} px`, 34));
		}
		const sideways = [];
		await page.setViewportSize({ width: 320, height: VIEWPORT.height });
		for (const mode of [null, 'css']) {
			await page.goto(server.origin + '/');
			await textSize(page, mode);
			sideways.push(
				await page.evaluate(() => {
					const { scrollWidth, clientWidth } = document.documentElement;
					return scrollWidth > clientWidth ? `${scrollWidth - clientWidth} px` : 'no';
				})
			);
		}
		stdout.write(`${pad(role, 22)}${cells.join('')}${sideways.join(', ')}\n`);
		await context.close();
	}
} finally {
	await browser.close();
	await server.stop();
	rmSync(dataDir, { recursive: true, force: true });
}
