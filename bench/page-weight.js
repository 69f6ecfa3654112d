#!/usr/bin/env node
// `npm run bench:weight`: what each page costs a phone, measured in Chromium (playwright-core, CDP Network
// events) against the production build served by scripts/server.js on a fresh embedded database with the
// demo content. For each page: bytes decoded (what the browser parses) and transferred (what the network
// carries, headers included, compressed when the server compresses), split HTML / CSS / JS / other, on a
// cold cache (one new browser context per page). Prints a table and checks issue 15's goals:
//  - each public page: <= 30 KB transferred, of which <= 10 KB of JavaScript (the eight together are
//    printed against the same figures too, for the stricter reading);
//  - the conversation page: <= 100 KB transferred, of which <= 50 KB of JavaScript.
// Find-a-peer is reported too. "conversation, typing" is the same page after focusing the message box and
// typing a letter (the crisis detector loads then): what a person who writes actually downloads.
// Easy-read (issue 14): the core pages again with the easy-read cookie (ep_falc=on), pictograms and the read
// aloud button included, beside the standard figures.
// Needs build/ (`npm run build`) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
// Options: BENCH_JSON=1 prints the raw figures as JSON after the table; BENCH_FALC_ONLY=1 measures only
// the easy-read comparison.
import { chromium } from 'playwright-core';
import { rmSync } from 'node:fs';
import { conversationWithMessages, newDataDirectory, signIn, startServer } from './support.js';

const ORGANISATION = 'gem-les-traboules';
const PUBLIC_PAGES = [
	'/',
	'/organisations',
	`/organisations/${ORGANISATION}`,
	'/urgence',
	'/connexion',
	'/inscription',
	'/accessibilite',
	'/confidentialite'
];
const GOALS = {
	public: { total: 30, js: 10 },
	conversation: { total: 100, js: 50 }
};
const KIND = { Document: 'html', Stylesheet: 'css', Script: 'js' };

const empty = () => ({ html: 0, css: 0, js: 0, other: 0 });
/** Content-Encoding seen per kind, over every page: are HTML, CSS and JS compressed? */
const encodings = { html: new Set(), css: new Set(), js: new Set(), other: new Set() };

/** Loads `path` in a fresh context and sums the bytes of every response by kind. */
async function measure(browser, origin, path, token, afterLoad, cookies = {}) {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	if (token) {
		await context.addCookies([{ name: 'ep_session', value: token, url: origin }]);
	}
	for (const [name, value] of Object.entries(cookies))
		await context.addCookies([{ name, value, url: origin }]);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const kinds = new Map();
	const urls = new Map();
	const files = [];
	const decoded = empty();
	const transferred = empty();
	const errors = [];
	cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
		const kind = KIND[type] ?? 'other';
		kinds.set(requestId, kind);
		urls.set(requestId, response.url);
		const headers = Object.fromEntries(
			Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), value])
		);
		encodings[kind].add(headers['content-encoding'] ?? 'none');
	});
	cdp.on('Network.dataReceived', ({ requestId, dataLength }) => {
		decoded[kinds.get(requestId) ?? 'other'] += dataLength;
	});
	cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
		transferred[kinds.get(requestId) ?? 'other'] += encodedDataLength;
		files.push(`${(encodedDataLength / 1024).toFixed(1).padStart(6)} KB ${urls.get(requestId)}`);
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error' && message.text().startsWith('Missing message'))
			errors.push(message.text());
	});
	const response = await page.goto(origin + path, { waitUntil: 'load' });
	if (!response || response.status() !== 200) throw new Error(`${path}: ${response?.status()}`);
	await page.waitForLoadState('networkidle');
	if (afterLoad) {
		await afterLoad(page);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(300);
	}
	await context.close();
	if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
	if (process.env.BENCH_VERBOSE) console.log(`${path}\n  ${files.join('\n  ')}`);
	return { path, decoded, transferred };
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
const total = (bytes) => bytes.html + bytes.css + bytes.js + bytes.other;

function row(label, { decoded, transferred }) {
	const cells = ['html', 'css', 'js', 'other'].map((kind) => `${kb(decoded[kind])} ${kb(transferred[kind])}`);
	return `${label.padEnd(38)} ${cells.join(' |')} |${kb(total(decoded))} ${kb(total(transferred))}`;
}

function sum(results) {
	const decoded = empty();
	const transferred = empty();
	for (const result of results) {
		for (const kind of Object.keys(decoded)) {
			decoded[kind] += result.decoded[kind];
			transferred[kind] += result.transferred[kind];
		}
	}
	return { decoded, transferred };
}

function pageVerdicts(results, goal) {
	const missed = results.filter(
		(result) => total(result.transferred) / 1024 > goal.total || result.transferred.js / 1024 > goal.js
	);
	const heaviest = Math.max(...results.map((result) => total(result.transferred))) / 1024;
	const mostJs = Math.max(...results.map((result) => result.transferred.js)) / 1024;
	return `${missed.length ? 'MISSED' : 'MET   '} each public page: at most ${heaviest.toFixed(1)} KB transferred (goal <= ${goal.total}), JS at most ${mostJs.toFixed(1)} KB (goal <= ${goal.js})${missed.length ? `; over: ${missed.map((result) => result.path).join(', ')}` : ''}`;
}

function verdict(label, bytes, goal) {
	const totalKb = total(bytes.transferred) / 1024;
	const jsKb = bytes.transferred.js / 1024;
	const ok = totalKb <= goal.total && jsKb <= goal.js;
	return `${ok ? 'MET   ' : 'MISSED'} ${label}: ${totalKb.toFixed(1)} KB transferred (goal <= ${goal.total}), JS ${jsKb.toFixed(1)} KB (goal <= ${goal.js})`;
}

/** The core pages in standard and easy-read French, side by side (transferred KB, cold cache). */
async function compareEasyRead(browser, origin, camille, conversation) {
	const pages = [
		['/', null],
		['/inscription', null],
		['/connexion', null],
		['/urgence', null],
		['/organisations', null],
		['/trouver-un-pair', camille],
		['/profil', camille],
		['/conversations', camille],
		[conversation, camille],
		['/compte', camille]
	];
	console.log('Easy-read (FALC): KB transferred, cold cache, 360 x 740 (pictograms and read aloud included)');
	console.log(
		`${'page'.padEnd(38)} ${'standard'.padStart(9)} ${'easy-read'.padStart(10)}   (of which other: pictograms)`
	);
	for (const [path, token] of pages) {
		// In French both times (a fresh browser asks for English, which has no easy-read variant).
		const standard = await measure(browser, origin, path, token, undefined, { ep_lang: 'fr' });
		const easy = await measure(browser, origin, path, token, undefined, { ep_lang: 'fr', ep_falc: 'on' });
		console.log(
			`${path.slice(0, 38).padEnd(38)} ${kb(total(standard.transferred))}    ${kb(total(easy.transferred))}     html ${kb(standard.transferred.html).trim()} -> ${kb(easy.transferred.html).trim()}, other ${kb(standard.transferred.other).trim()} -> ${kb(easy.transferred.other).trim()}`
		);
	}
}

const dataDirectory = newDataDirectory();
const server = await startServer({ DATA_DIR: dataDirectory, SEED_DEMO: 'true', NODE_ENV: 'production' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
	const camille = await signIn(server.origin, 'Camille');
	const louise = await signIn(server.origin, 'Louise');
	const conversation = await conversationWithMessages(server.origin, camille, louise, 6);
	const typeALetter = async (page) => {
		const box = page.locator('textarea#body');
		await box.focus();
		await box.pressSequentially('b');
	};

	const searchAWord = async (page) => {
		await page.locator('#q').pressSequentially('sommeil');
		await page.waitForURL('**/savoirs/recherche?q=sommeil');
	};

	// The easy-read comparison alone, when asked: leave the block, so the server still stops below.
	measurements: {
		if (process.env.BENCH_FALC_ONLY) {
			await compareEasyRead(browser, server.origin, camille, conversation);
			break measurements;
		}
		const publicResults = [];
		for (const path of PUBLIC_PAGES) publicResults.push(await measure(browser, server.origin, path, null));
		const memberResults = [
			['find a peer (Camille)', await measure(browser, server.origin, '/trouver-un-pair', camille)],
			['conversation (Camille)', await measure(browser, server.origin, conversation, camille)],
			[
				'conversation, typing (Camille)',
				await measure(browser, server.origin, conversation, camille, typeALetter)
			],
			// The members' live knowledge search (helper `typeahead`), and after typing a word in it.
			[
				'knowledge live search (Camille)',
				await measure(browser, server.origin, '/savoirs/recherche', camille)
			],
			[
				'knowledge live search, typed (Camille)',
				await measure(browser, server.origin, '/savoirs/recherche', camille, searchAWord)
			]
		];

		console.log('KB: decoded transferred, per kind, cold cache, 360 x 740');
		console.log(
			`${'page'.padEnd(38)} ${['html', 'css', 'js', 'other'].map((k) => k.padEnd(13)).join(' |')} | total`
		);
		for (const result of publicResults) console.log(row(result.path, result));
		const publicTotal = sum(publicResults);
		console.log(row('public pages, together', publicTotal));
		for (const [label, result] of memberResults) console.log(row(label, result));
		console.log('');
		const seen = ['html', 'css', 'js'].map((kind) => `${kind} ${[...encodings[kind]].join('/')}`);
		console.log(`Content-Encoding seen: ${seen.join('; ')}`);
		console.log(pageVerdicts(publicResults, GOALS.public));
		console.log(verdict('public pages, all eight together', publicTotal, GOALS.public));
		console.log(verdict('conversation page', memberResults[1][1], GOALS.conversation));
		if (process.env.BENCH_JSON) console.log(JSON.stringify({ publicResults, memberResults }, null, 1));
		console.log('');
		await compareEasyRead(browser, server.origin, camille, conversation);
	}
} finally {
	await browser.close();
	await server.stop();
	rmSync(dataDirectory, { recursive: true, force: true });
}
