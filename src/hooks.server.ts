import { countingQueries, withRequestStatements, type RequestStatements } from './db/request-statements';
import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { resolveDisplaySettings, resolveSession } from '$core/accounts';
import { isLocale, isMessageKey, negotiateLocale, translate, type Locale } from '$i18n';
import { displayCookies, LOCALE_COOKIE, SESSION_COOKIE } from '$lib/server/cookies';
import { compressResponse } from '$lib/server/compression';
import { forgetBadges } from '$lib/server/header-badges';
import { problem } from '$lib/server/http-errors';
import { log } from '$lib/server/logger';
import { currentMessageVariant, messageVariantFor, withMessageVariant } from '$lib/server/message-variant';
import { limitRequestBody } from '$lib/server/request-body';
import { ruleFor } from '$lib/server/route-access';
import { useCatalogueOnServer } from '$lib/i18n';
import securityHeaders from '$lib/server/security-headers.json';
import { getRuntime, startRuntime } from '$lib/server/runtime';
import { cacheKey, mayWrite, type CacheKey } from '$lib/server/page-cache';

// A key missing from a page's table still renders on the server (t() has already reported it).
useCatalogueOnServer((locale, key) =>
	isMessageKey(key) ? translate(locale, key, {}, currentMessageVariant()) : undefined
);

export const init: ServerInit = async () => {
	try {
		await startRuntime();
	} catch (error) {
		// A clear message and a non-zero exit beat a server that answers 500 to everyone.
		log('error', 'startup.failed', { error: error instanceof Error ? error.message : String(error) });
		process.exit(1);
	}
};

// Sent with every answer: pages and API here, static files by scripts/server.js (they never reach this hook).
// Referrer 'same-origin': nothing about the page a person was reading leaves the site. Not 'no-referrer':
// with it, browsers send `Origin: null` on plain form posts, and the cross-site form check then refuses
// every form submitted without JavaScript.
const SECURITY_HEADERS: Record<string, string> = securityHeaders.always;
const DEFAULT_CSP = securityHeaders.defaultContentSecurityPolicy;

const escapeAttribute = (value: string) =>
	value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The `%entrepairs.*%` placeholders of app.html all sit in its opening <html> tag, before this offset. */
const DOCUMENT_ATTRIBUTES_END = 1024;
const PLACEHOLDER = /%entrepairs\.(\w+)%/g;

/**
 * Fills app.html's placeholders: one pass over the page's first kilobyte, not eight passes over the
 * whole page (each `replace` on the full HTML copied it: a sixth of a conversation page's CPU time).
 */
function fillDocumentAttributes(html: string, values: Record<string, string>): string {
	if (!html.startsWith('<!doctype html>')) return html;
	const fill = (part: string) => part.replace(PLACEHOLDER, (match, name: string) => values[name] ?? match);
	return fill(html.slice(0, DOCUMENT_ATTRIBUTES_END)) + html.slice(DOCUMENT_ATTRIBUTES_END);
}

const easyReadOn = (locals: App.Locals) => messageVariantFor(locals.locale, locals.display) === 'easy';

const handleRequest = async (
	{ event, resolve }: Parameters<Handle>[0],
	statements: RequestStatements
): Promise<Response> => {
	const started = performance.now();
	const { config, database, pageCache } = getRuntime();
	const isApi = event.url.pathname.startsWith('/api/');
	event.locals.requestId = randomUUID();
	event.locals.clientAddress = safeClientAddress(event);

	const cookieLocale = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(cookieLocale)
		? cookieLocale
		: negotiateLocale(event.request.headers.get('accept-language'));
	const savedOnDevice = displayCookies(event.cookies);
	event.locals.display = resolveDisplaySettings(savedOnDevice, null);
	event.locals.actor = null;
	event.locals.sessionToken = null;
	event.locals.notFound = false;

	// Content-Length refuses an announced oversized body at once; the counted body catches the rest
	// (chunked bodies announce no length), whatever reads it: forms, JSON, or SvelteKit itself.
	const body = limitRequestBody(event.request, config.MAX_BODY_BYTES);
	event.request = body.request;
	let cached = false;
	/** A page that may be kept: kept once its headers are final (before compression), if the request wrote nothing. */
	let toKeep = null as { key: CacheKey; generation: number } | null;
	let response = await (async () => {
		const length = Number(event.request.headers.get('content-length') ?? 0);
		if (length > config.MAX_BODY_BYTES) return tooLarge(isApi, event.locals.locale);
		// PostgreSQL text cannot hold NUL: an address carrying one is a bad request, not a database error.
		const address = event.url.pathname + event.url.search;
		if (address.includes('%00') || address.includes('\u0000')) {
			return isApi ? problem('INVALID', event.locals.locale) : new Response('Bad request', { status: 400 });
		}
		// An API client asking for a path that does not exist gets a problem document, not the HTML page.
		if (isApi && event.route.id === null) return problem('NOT_FOUND', event.locals.locale);

		const bearer = event.request.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
		const token = (isApi && bearer) || event.cookies.get(SESSION_COOKIE) || null;
		if (token) {
			const session = await resolveSession(database.db, token, new Date());
			if (session) {
				event.locals.actor = session.actor;
				event.locals.sessionToken = token;
				// Whatever a form or API call does may change this person's header badges.
				if (event.request.method !== 'GET' && event.request.method !== 'HEAD')
					forgetBadges(getRuntime().hub, session.actor.accountId);
				// The account's saved language wins over the browser's unless a cookie says otherwise.
				if (!isLocale(cookieLocale) && isLocale(session.locale))
					event.locals.locale = session.locale as Locale;
				// So do the other display settings, one by one (a new device shows the person's choices).
				event.locals.display = resolveDisplaySettings(savedOnDevice, session);
			}
		}

		const rule = ruleFor(event.route.id);
		if (event.route.id !== null && !rule) {
			log('error', 'route.unlisted', { route: event.route.id, requestId: event.locals.requestId });
			return isApi ? problem('NOT_FOUND', event.locals.locale) : new Response('Not found', { status: 404 });
		}
		if (rule && rule.access !== 'public' && !event.locals.actor) {
			if (isApi) return problem('UNAUTHENTICATED', event.locals.locale);
			redirect(303, `/connexion?suite=${encodeURIComponent(event.url.pathname + event.url.search)}`);
		}
		if (rule?.access === 'admin' && !event.locals.actor?.isInstanceAdmin) {
			// Admin pages do not exist for others. Pages render the friendly 404 (root layout); nothing else runs.
			if (isApi || event.request.method !== 'GET') return problem('NOT_FOUND', event.locals.locale);
			event.locals.notFound = true;
		}

		// A page as this visitor, or this session, saw it a moment ago (page-cache.ts): nothing written since.
		const key = cacheKey({
			method: event.request.method,
			url: event.url,
			headers: event.request.headers,
			publicRoute: rule?.access === 'public' && (event.route.id?.startsWith('/(public)') ?? false),
			carriesSession: token !== null,
			signedInPage: !isApi && event.locals.actor !== null && !bearer
		});
		const kept =
			key && pageCache.keeps(key.signedIn)
				? pageCache.answer(key.key, event.request.headers.get('if-none-match'))
				: null;
		if (kept) {
			cached = true;
			return kept;
		}

		const generation = pageCache.currentGeneration;

		// The wording of the server's own texts (form errors); the page's settings are read when it renders,
		// since the preferences form may have changed them meanwhile.
		const variant = messageVariantFor(event.locals.locale, event.locals.display);
		const rendered = await withMessageVariant(variant, () =>
			resolve(event, {
				transformPageChunk: ({ html }) =>
					fillDocumentAttributes(html, {
						lang: event.locals.locale,
						text: event.locals.display.textSize,
						theme: event.locals.display.theme,
						spacing: event.locals.display.lineSpacing,
						contrast: event.locals.display.contrast,
						font: event.locals.display.readingFont,
						easyRead: easyReadOn(event.locals) ? 'on' : 'off',
						quickExit: escapeAttribute(config.QUICK_EXIT_URL)
					})
			})
		);
		// Pages rendered while a request wrote are not kept: its end empties the cache (`beginWrite`).
		if (key && pageCache.keeps(key.signedIn)) toKeep = { key, generation };
		return rendered;
	})();
	// A route that stopped reading at the limit may have answered anything (a form failure, a redirect).
	if (body.exceeded()) response = tooLarge(isApi, event.locals.locale);

	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	// Not on a 304: a browser revalidating a page merges the 304's headers into the page it kept, and the
	// default policy (default-src 'none') would then block that page's own style sheets.
	if (!response.headers.has('content-security-policy') && response.status !== 304) {
		response.headers.set('content-security-policy', DEFAULT_CSP);
	}
	if (event.url.protocol === 'https:')
		response.headers.set('strict-transport-security', securityHeaders.strictTransportSecurity);
	if (event.locals.actor || isApi) response.headers.set('cache-control', 'private, no-store');
	// A request that wrote (a GET too: an access logged, a read marker) may have changed any kept page.
	if (statements.wrote) pageCache.clear();
	else if (toKeep && !body.exceeded())
		response = await pageCache.store(toKeep.key, response, toKeep.generation, event.route.id);
	response.headers.set('x-request-id', event.locals.requestId);
	// Route ids, not paths: paths can hold invitation tokens.
	log('info', 'request', {
		requestId: event.locals.requestId,
		method: event.request.method,
		route: event.route.id,
		status: response.status,
		...(cached ? { cached } : {}),
		milliseconds: Math.round(performance.now() - started)
	});
	// Pages and JSON compressed when the browser accepts it (never event streams): compression.ts.
	return compressResponse(event.request, response);
};

function safeClientAddress(event: Parameters<Handle>[0]['event']): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

function tooLarge(isApi: boolean, locale: Locale): Response {
	if (isApi) return problem('PAYLOAD_TOO_LARGE', locale);
	return new Response(translate(locale, 'error.payload_too_large'), {
		status: 413,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}

/**
 * Every request runs with its own record of SQL statements (request-statements.ts): whether it wrote
 * decides whether its page may be kept. With ENTREPAIRS_COUNT_QUERIES=1 (bench/page-cost.js), each answer
 * also says how many statements it ran.
 */
export const handle: Handle = async (input) => {
	// A request that may write holds the kept pages back (none sent, none stored) until it is answered:
	// a sign-out still looking up its session must not let a page kept for that session out meanwhile.
	// scripts/server.js does the same as the request arrives; this covers `vite dev` and `vite preview`.
	const endWrite = mayWrite(input.event.request.method) ? getRuntime().pageCache.beginWrite() : null;
	try {
		const { result, queries } = await withRequestStatements((statements) => handleRequest(input, statements));
		if (countingQueries) result.headers.set('x-query-count', String(queries));
		return result;
	} finally {
		endWrite?.();
	}
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status >= 500) {
		log('error', 'request.failed', {
			requestId: event.locals.requestId,
			route: event.route.id,
			error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)
		});
	}
	const locale = event.locals.locale ?? 'fr';
	return {
		message:
			status === 404
				? translate(locale, 'error.notFound.text')
				: status >= 500
					? translate(locale, 'error.generic.text')
					: message,
		requestId: event.locals.requestId
	};
};
