import AxeBuilder from '@axe-core/playwright';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type Page,
	type Request,
	type Route
} from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const DEMO_PASSWORD = 'demo-entrepairs';
export const PASSWORD = 'une phrase de passe solide';
export const JS_MODES = [
	['JavaScript on', true],
	['JavaScript off', false]
] as const;

/** This lane's server: each vitest worker (VITEST_POOL_ID 1, 2...) has its own server and database. */
export const baseUrl = () => {
	const urls = inject('baseUrls');
	return urls[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % urls.length]!;
};

/** One Chromium per test file. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await chromium.launch({
			// scripts/browser-tests.js chooses it (the headless shell when installed).
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		});
	});
	afterAll(async () => {
		await browser?.close();
	});
	// A page whose browser code asks for a message its route table lacks logs it (see $lib/i18n): that is
	// a bug (a key built at run time, a table not regenerated), so the journey that met it fails.
	afterEach(() => {
		const missing = missingMessages.splice(0);
		expect(missing, 'messages missing from a page (console.error from t())').toEqual([]);
	});
	return () => browser!;
}

const pagesWithoutJavaScript = new WeakSet<Page>();
const missingMessages: string[] = [];

/**
 * The e2e servers take the client's address from this header (ADDRESS_HEADER in global-setup.ts). Each
 * browser context (and each API sign-up) gets its own random address, so journeys behave like distinct
 * people: sign-up is throttled per address, and dozens of journeys from one address would hit its limit.
 */
export function distinctClientAddress(): Record<string, string> {
	const [a, b, c] = [...randomBytes(3)];
	return { 'x-entrepairs-test-client': `10.${a}.${b}.${c}` };
}

/**
 * E2E_TIMINGS=<file>: each page load (goto) and each accessibility audit is appended to that file as a line
 * of JSON (journey file, test, kind, address, milliseconds), to see where the journeys' time goes.
 */
const timings = process.env.E2E_TIMINGS;

function recordTiming(entry: { kind: 'load' | 'audit'; javaScript: boolean; url: string; ms: number }) {
	const { testPath, currentTestName } = expect.getState();
	appendFileSync(
		timings!,
		`${JSON.stringify({ file: basename(testPath ?? ''), test: currentTestName, ...entry, ms: Math.round(entry.ms) })}\n`
	);
}

/** A fresh context (cookies, storage) in French, with JavaScript on or off. */
export async function newPage(
	browser: Browser,
	javaScriptEnabled: boolean
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		javaScriptEnabled,
		locale: 'fr-FR',
		baseURL: baseUrl(),
		acceptDownloads: true,
		extraHTTPHeaders: distinctClientAddress()
	});
	// Playwright's library has no action timeout by default: without one a missing element hangs the test
	// until Vitest's timeout, which does not say which step failed.
	context.setDefaultTimeout(10_000);
	const page = await context.newPage();
	trackRequests(page);
	if (timings) {
		const goto = page.goto.bind(page);
		page.goto = async (url, options) => {
			const started = performance.now();
			try {
				return await goto(url, options);
			} finally {
				recordTiming({ kind: 'load', javaScript: javaScriptEnabled, url, ms: performance.now() - started });
			}
		};
	}
	if (!javaScriptEnabled) pagesWithoutJavaScript.add(page);
	else {
		// An uncaught error in the page (a failed hydration) is printed: the journey fails later, on a wait.
		page.on('pageerror', (error) =>
			console.log(`Page error on ${page.url()}: ${error.stack ?? error.message}`)
		);
		page.on('console', (message) => {
			if (message.type() === 'error' && message.text().startsWith('Missing message')) {
				missingMessages.push(`${page.url()}: ${message.text()}`);
			}
		});
		// With JavaScript, every full page load is followed by hydration: wait for it (see +layout.svelte).
		const goto = page.goto.bind(page);
		page.goto = async (url, options) => {
			const response = await goto(url, options);
			await waitForEnhancement(page);
			return response;
		};
	}
	return { context, page };
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Every rule still runs; only violations are described in full (passes and inapplicable rules were never
// read). Legacy mode runs axe in the page itself: the default opens a blank page per audit to gather
// results from frames (our pages have none), which made each audit two to three times slower.
// (AxeBuilder's options() replaces the runOnly that withTags() set: these audits have always run every
// rule axe enables by default, best practices included, not only the WCAG tags; audit() keeps that.)
const AXE_OPTIONS = { resultTypes: ['violations' as const], ancestry: false, xpath: false };
const legacyAudit = (page: Page) =>
	new AxeBuilder({ page }).withTags(AXE_TAGS).options(AXE_OPTIONS).setLegacyMode(true).analyze();

/** The axe-core AxeBuilder injects (its own dependency, so always the same version), configured as it does. */
const AXE_SCRIPT = `${(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as { source: string }).source}
;axe.configure({ allowedOrigins: ['<same_origin>'], branding: { application: 'playwright' } });`;
/** The context AxeBuilder's legacy mode passes to axe.run when nothing is included or excluded. */
const AXE_CONTEXT = { exclude: [], include: [] };

/**
 * What AxeBuilder's legacy mode does (the same axe-core, context and options, so the same rules and
 * results), without its cost: it sent and evaluated axe's 560 KB source twice per audit (once in analyze(),
 * again in inject()); on the same pages, an audit took about 40 % less time without it. Here the source goes into a document once: a page
 * audited again without navigating (a menu opened, say) keeps it, and the page that audits pages received
 * without JavaScript gets it from an init script, compiled by Chromium as the page loads. A page with
 * frames is audited by AxeBuilder itself, which injects axe into every frame.
 */
async function audit(page: Page): Promise<AxeResults> {
	if (page.frames().length > 1) return legacyAudit(page);
	const loaded = () =>
		page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
	if (!(await loaded())) await page.evaluate(AXE_SCRIPT);
	const outcome = await page.evaluate(
		({ context, options }) =>
			(window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResults> } }).axe
				.run(context, options)
				.then((results) => ({ results, error: null }))
				.catch((error: Error) => ({ results: null, error: error.message })),
		{ context: AXE_CONTEXT, options: AXE_OPTIONS }
	);
	if (outcome.error !== null) throw new Error(outcome.error);
	return outcome.results!;
}

/** One JavaScript-enabled page per browser where pages received without JavaScript are audited. */
const auditPages = new WeakMap<Browser, Promise<Page>>();

function auditPageFor(browser: Browser): Promise<Page> {
	let auditPage = auditPages.get(browser);
	if (!auditPage) {
		auditPage = browser.newContext({ locale: 'fr-FR', baseURL: baseUrl() }).then(async (context) => {
			await context.addInitScript(AXE_SCRIPT);
			return context.newPage();
		});
		auditPages.set(browser, auditPage);
	}
	return auditPage;
}

/**
 * axe runs on timers, and timers never fire in a page whose scripts are disabled. So the page exactly as
 * the browser without JavaScript received it (its DOM, scripts removed so nothing hydrates) is audited in a
 * JavaScript-enabled page at the same address, with the same style sheets. That page is kept for the
 * browser's life: a new context per audit cost a renderer process each time.
 */
async function auditWithoutJavaScript(page: Page) {
	const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
	const url = page.url();
	const auditPage = await auditPageFor(page.context().browser()!);
	const serve = (route: Route) =>
		route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
	await auditPage.route(url, serve);
	try {
		await auditPage.goto(url);
		return await audit(auditPage);
	} finally {
		await auditPage.unroute(url, serve);
	}
}

/** Axe's default rules (WCAG 2.2 A and AA among them): zero violations, listed in full when there are some. */
export async function expectAccessible(page: Page): Promise<void> {
	const started = performance.now();
	const results = pagesWithoutJavaScript.has(page) ? await auditWithoutJavaScript(page) : await audit(page);
	if (timings)
		recordTiming({
			kind: 'audit',
			javaScript: !pagesWithoutJavaScript.has(page),
			url: page.url(),
			ms: performance.now() - started
		});
	const violations = results.violations.map(
		(violation) =>
			`${violation.id}: ${violation.help} -> ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
	);
	expect(violations, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** Letters only: digits fold into look-alike letters in pseudonyms. */
export function newPseudonym(prefix = 'Essai'): string {
	return `${prefix}-${[...randomBytes(8)].map((byte) => 'abcdefghkmnpqrstuvwxyz'[byte % 22]).join('')}`;
}

/** Whether SvelteKit will hydrate this page: pages with `csr = false` ship no app code at all. */
function startsTheApp(page: Page): Promise<boolean> {
	return page
		.evaluate(
			() =>
				document.querySelector('link[rel="modulepreload"], script[type="module"]') !== null ||
				[...document.scripts].some((script) => script.textContent?.includes('__sveltekit'))
		)
		.catch(() => true); // navigating again: wait as before
}

async function waitForEnhancement(page: Page): Promise<void> {
	if (pagesWithoutJavaScript.has(page)) return;
	if (!(await startsTheApp(page))) return;
	// Hydration runs after the scripts load and parse: on two cores shared with another lane's Chromium it
	// took over the 10 s action timeout once (CI, a results page). A page that never hydrates still fails.
	await page.waitForSelector('html[data-enhanced]', { state: 'attached', timeout: 30_000 });
}

/** Requests a page has in flight, event streams left out (they stay open for as long as the page lives). */
const inFlight = new WeakMap<Page, Set<Request>>();

function trackRequests(page: Page): Set<Request> {
	const known = inFlight.get(page);
	if (known) return known;
	const requests = new Set<Request>();
	page.on('request', (request) => {
		if (request.resourceType() !== 'eventsource') requests.add(request);
	});
	// A redirected request finishes when its redirect arrives; the request that follows is a new one.
	page.on('requestfinished', (request) => requests.delete(request));
	page.on('requestfailed', (request) => requests.delete(request));
	inFlight.set(page, requests);
	return requests;
}

const QUIET_MS = 120;
const SETTLE_LIMIT_MS = 10_000;

/**
 * Does `action` (a click that submits a form or follows a link), then waits until what it started is over:
 * a request went out, then nothing but event streams was in flight for QUIET_MS, and the page is loaded and
 * (with JavaScript) hydrated. Playwright's 'networkidle' waits 500 ms of silence, and never comes on a page
 * holding an event stream: it cost about a third of the journeys' time.
 */
export async function settle(page: Page, action: () => Promise<unknown>): Promise<void> {
	const pending = trackRequests(page);
	let started = false;
	const onRequest = (request: Request) => {
		if (request.resourceType() !== 'eventsource') started = true;
	};
	page.on('request', onRequest);
	try {
		await action();
		const deadline = Date.now() + SETTLE_LIMIT_MS;
		// Nothing went out (the browser's own validation stopped the form, say): nothing to wait for.
		const startBy = Date.now() + 1_000;
		while (!started && Date.now() < startBy) await new Promise((resolve) => setTimeout(resolve, 20));
		if (!started) return;
		let quietSince = Date.now();
		while (Date.now() < deadline) {
			if (pending.size > 0) quietSince = Date.now();
			else if (Date.now() - quietSince >= QUIET_MS) break;
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
	} finally {
		page.off('request', onRequest);
	}
	await page.waitForLoadState('load');
	await waitForEnhancement(page);
}

/** After a form submission, waits for the resulting page whether JavaScript handled it or not. */
export async function submit(page: Page, buttonName: string | RegExp): Promise<void> {
	await settle(page, () => page.getByRole('button', { name: buttonName }).click());
}

/**
 * Posts a form of the app outside the browser, as the browser would without JavaScript, and puts the
 * session cookie it sets in the page's context: how journeys sign people in and up when signing in is not
 * their subject (the account and recovery journeys walk through those forms). It saves each journey the
 * form's page load and the redirect, about a second and a half on CI per person.
 */
async function sessionFromForm(page: Page, path: string, fields: Record<string, string>): Promise<void> {
	const response = await fetch(new URL(path, baseUrl()), {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: baseUrl(),
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...distinctClientAddress()
		},
		body: new URLSearchParams(fields)
	});
	await response.arrayBuffer();
	expect(response.status, `POST ${path} for ${fields.pseudonym}`).toBe(303);
	const cookie = response.headers
		.getSetCookie()
		.map((header) => /^ep_session=([^;]+)/.exec(header)?.[1])
		.find(Boolean);
	expect(cookie, `a session cookie from POST ${path}`).toBeDefined();
	await page
		.context()
		.addCookies([{ name: 'ep_session', value: cookie!, url: baseUrl(), httpOnly: true, sameSite: 'Lax' }]);
	await page.goto('/');
	await eventually(
		() => page.textContent('header'),
		(value) => expect(value).toContain(fields.pseudonym)
	);
}

/**
 * Creates an account (with an email address `pseudonym@example.org` if asked) and signs in on `page`, which
 * ends on the home page; the pseudonym. The sign-up form itself is walked through by `signUpWithCodes`.
 */
export async function signUp(
	page: Page,
	pseudonym = newPseudonym(),
	options: { withEmail?: boolean } = {}
): Promise<string> {
	await sessionFromForm(page, '/inscription', {
		pseudonym,
		password: PASSWORD,
		consent: 'on',
		...(options.withEmail ? { email: `${pseudonym.toLowerCase()}@example.org` } : {})
	});
	return pseudonym;
}

/**
 * Signs up through the form, reads the recovery codes shown once after it, and goes on ("I have noted
 * them") to the home page, as every new member does.
 */
export async function signUpWithCodes(
	page: Page,
	pseudonym = newPseudonym(),
	options: { withEmail?: boolean } = {}
): Promise<{ pseudonym: string; codes: string[] }> {
	await page.goto('/inscription');
	await page.getByLabel(/^Pseudonyme/).fill(pseudonym);
	await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
	if (options.withEmail)
		await page.getByLabel(/^Adresse e-mail/).fill(`${pseudonym.toLowerCase()}@example.org`);
	await page.getByRole('checkbox', { name: /J'accepte/ }).check();
	await submit(page, 'Créer mon compte');
	const codes = await readRecoveryCodes(page);
	await page.getByRole('link', { name: 'J’ai noté mes codes' }).click();
	await page.waitForLoadState('load');
	await waitForEnhancement(page);
	await eventually(
		() => page.textContent('body'),
		(value) => expect(value).toContain(`Bonjour ${pseudonym}`)
	);
	return { pseudonym, codes };
}

/** The recovery codes on the page that shows them once (after sign-up or renewal). */
export async function readRecoveryCodes(page: Page): Promise<string[]> {
	await eventually(
		() => page.textContent('h1'),
		(value) => expect(value).toBe('Vos codes de récupération')
	);
	const codes = await page.locator('ol.codes code').allTextContents();
	expect(codes).toHaveLength(8);
	return codes;
}

/** The emails the test SMTP sink received for `address` (raw RFC 5322 text each). */
export async function emailsTo(address: string): Promise<string[]> {
	const response = await fetch(`${inject('mailboxUrl')}?to=${encodeURIComponent(address)}`);
	const emails = (await response.json()) as { raw: string }[];
	return emails.map((email) => email.raw);
}

/** Signs in on `page`, which ends on the home page (the sign-in form is walked through by `signInThroughForm`). */
export async function signIn(page: Page, pseudonym: string, password = DEMO_PASSWORD): Promise<void> {
	await sessionFromForm(page, '/connexion', { pseudonym, password });
}

/** Signs in through the sign-in form, as a person does. */
export async function signInThroughForm(
	page: Page,
	pseudonym: string,
	password = DEMO_PASSWORD
): Promise<void> {
	await page.goto('/connexion');
	await page.getByLabel(/^Pseudonyme/).fill(pseudonym);
	await page.getByLabel(/^Mot de passe/).fill(password);
	await submit(page, 'Me connecter');
	await eventually(
		() => page.textContent('header'),
		(value) => expect(value).toContain(pseudonym)
	);
}

/**
 * Reads a value until the assertion passes (10 s at most), then rethrows the last failure. Used instead
 * of `expect.poll`, which never settled here after a page load without JavaScript.
 */
export async function eventually<T>(
	read: () => Promise<T> | T,
	assert: (value: T) => void,
	timeoutMs = 10_000
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			assert(await read());
			return;
		} catch (error) {
			if (Date.now() > deadline) throw error;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
}

/** Opens the header's menu (navigation, sign out, language), which every page shows closed. */
export async function openHeaderMenu(page: Page): Promise<void> {
	const menu = page.locator('header details.menu');
	if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
}
