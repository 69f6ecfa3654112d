/**
 * A short-lived cache of public pages as rendered for visitors who are not signed in (issue 10, item 27:
 * the public home served at a tenth of a bare node:http server needs the render skipped, since a
 * server-rendered page costs about as much CPU as 40 bare answers).
 *
 * What may be kept: a GET of a page of the public group, by a request carrying no session (no session
 * cookie, no bearer), answered 200 in HTML without a Set-Cookie. The key holds the address, the
 * Accept-Language header and the whole Cookie header (language, easy-read and display choices), so two
 * visitors share an entry only when everything a page could depend on is the same.
 *
 * How long: `ttlMs` (PUBLIC_PAGE_CACHE_MS, 2 s by default, 0 turns it off), and never past a change this
 * process sees: any request that may write (POST, PUT, PATCH, DELETE) and any domain event (from this
 * process, or from the others through the PostgreSQL bus) empties it. A change made elsewhere without an
 * event is visible after `ttlMs` at most.
 *
 * The per-response CSP nonce: the kept page is stored with the nonce it was rendered with; each answer
 * gets a new nonce, put in place of the old one in the body and in the CSP header, so no two answers share
 * one. ETag is dropped (the body differs from the one it described).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { chooseEncoding, compressSync, SMALLEST_COMPRESSED } from './compression';
import { SESSION_COOKIE } from './cookies';

/** A request whose cookies name a session never gets a kept page (signed in, or trying to be). */
const SESSION_COOKIE_PREFIX = `${SESSION_COOKIE}=`;

export interface CachedPage {
	status: number;
	headers: Array<[string, string]>;
	body: string;
	nonce: string | null;
	storedAt: number;
	/** The route, for the request log of answers given before SvelteKit (`serveFront`). */
	route: string | null;
	/** The body's bytes, as is and compressed, made once when first sent (pages without a nonce only). */
	encoded: Partial<Record<'identity' | 'br' | 'gzip', Buffer>>;
}

/** An answer given by scripts/server.js before SvelteKit: status, headers and the bytes to send. */
export interface FrontAnswer {
	status: number;
	headers: Array<[string, string]>;
	body: Buffer;
	route: string | null;
}

export interface PublicPageCacheOptions {
	ttlMs: number;
	/** Distinct entries kept at most (oldest dropped first). */
	maxEntries?: number;
	now?: () => number;
}

export interface CacheableRequest {
	method: string;
	url: URL;
	headers: Headers;
	/** The route's group is public and the route allows everyone. */
	publicRoute: boolean;
	/** A session cookie or a bearer token came with the request (signed in, or trying to be). */
	carriesSession: boolean;
}

const NONCE = /'nonce-([A-Za-z0-9+/=_-]+)'/;
/** Not kept with a page: ETag described the body as first sent; each answer has its own request id. */
const UNKEPT_HEADERS = new Set(['etag', 'x-request-id', 'content-length']);

/** The key of a request that may be served from the cache, or null when it may not. */
export function cacheKey(request: CacheableRequest): string | null {
	if (request.method !== 'GET' || !request.publicRoute || request.carriesSession) return null;
	return [
		request.url.pathname + request.url.search,
		request.headers.get('accept-language') ?? '',
		request.headers.get('cookie') ?? ''
	].join('\n');
}

/** Whether a method may change what pages show: such a request empties the cache. */
export const mayWrite = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());

export class PublicPageCache {
	private readonly entries = new Map<string, CachedPage>();
	private readonly ttlMs: number;
	private readonly maxEntries: number;
	private readonly now: () => number;
	/** Counts the times the cache was emptied: a page rendered across one is not kept (it may be stale). */
	private generation = 0;

	constructor(options: PublicPageCacheOptions) {
		this.ttlMs = options.ttlMs;
		this.maxEntries = options.maxEntries ?? 500;
		this.now = options.now ?? Date.now;
	}

	get enabled(): boolean {
		return this.ttlMs > 0;
	}

	get size(): number {
		return this.entries.size;
	}

	clear(): void {
		this.generation += 1;
		this.entries.clear();
	}

	/** To pass to `store` with the page rendered after this call. */
	get currentGeneration(): number {
		return this.generation;
	}

	/** The live entry under `key`, or null (an expired one is dropped). */
	private live(key: string): CachedPage | null {
		const entry = this.entries.get(key);
		if (!entry) return null;
		if (this.now() - entry.storedAt >= this.ttlMs) {
			this.entries.delete(key);
			return null;
		}
		return entry;
	}

	/**
	 * The answer scripts/server.js sends before SvelteKit runs (no routing, no hooks, no render), or null
	 * to let the request go on as usual. Only for a GET carrying no session cookie and no bearer, whose key
	 * (computed as `cacheKey` does) holds a live page without a nonce: a page with a nonce needs a new one
	 * per answer, so it goes through the hook's `answer`. Only public pages are ever stored, so a hit is one.
	 * The bytes, compressed as the browser accepts (as compression.ts would), are made once per entry.
	 * Each answer gets its own request id.
	 */
	serveFront(
		method: string,
		rawUrl: string,
		header: (name: string) => string | undefined
	): FrontAnswer | null {
		if (method !== 'GET' || !this.enabled || this.entries.size === 0) return null;
		const cookie = header('cookie') ?? '';
		if (header('authorization') !== undefined || cookie.includes(SESSION_COOKIE_PREFIX)) return null;
		let url: URL;
		try {
			url = new URL(rawUrl, 'http://localhost');
		} catch {
			return null;
		}
		const entry = this.live([url.pathname + url.search, header('accept-language') ?? '', cookie].join('\n'));
		if (!entry || entry.nonce) return null;
		const encoding = chooseEncoding(header('accept-encoding') ?? null);
		const plain = (entry.encoded.identity ??= Buffer.from(entry.body));
		const compressible = encoding !== null && plain.length >= SMALLEST_COMPRESSED;
		const body = compressible ? (entry.encoded[encoding] ??= compressSync(plain, encoding)) : plain;
		const headers: Array<[string, string]> = [...entry.headers, ['x-request-id', randomUUID()]];
		if (encoding) headers.push(['vary', 'Accept-Encoding']);
		if (compressible) headers.push(['content-encoding', encoding]);
		headers.push(['content-length', String(body.length)]);
		return { status: entry.status, headers, body, route: entry.route };
	}

	/** A fresh answer from the entry under `key` (a new nonce), or null. */
	answer(key: string): Response | null {
		const entry = this.live(key);
		if (!entry) return null;
		const nonce = entry.nonce ? randomBytes(16).toString('base64') : null;
		const swap = (text: string) => (entry.nonce && nonce ? text.replaceAll(entry.nonce, nonce) : text);
		const headers = new Headers();
		for (const [name, value] of entry.headers)
			headers.append(name, name === 'content-security-policy' ? swap(value) : value);
		return new Response(swap(entry.body), { status: entry.status, headers });
	}

	/**
	 * Keeps `response` under `key` when it is a plain public page (200, HTML, no cookie set) and nothing
	 * emptied the cache since `renderedFrom` (its generation when the render began), and returns the
	 * response to send (the body has been read, so a new one carrying it). `response` is the answer as
	 * sent, every header set, before compression; its request id is not kept.
	 */
	async store(
		key: string,
		response: Response,
		renderedFrom: number,
		route: string | null = null
	): Promise<Response> {
		if (
			!this.enabled ||
			response.status !== 200 ||
			!response.body ||
			response.headers.has('set-cookie') ||
			!(response.headers.get('content-type') ?? '').startsWith('text/html')
		)
			return response;
		const body = await response.text();
		const answer = new Response(body, {
			status: response.status,
			statusText: response.statusText,
			headers: response.headers
		});
		if (renderedFrom !== this.generation) return answer;
		const headers: Array<[string, string]> = [];
		for (const [name, value] of response.headers) if (!UNKEPT_HEADERS.has(name)) headers.push([name, value]);
		const csp = response.headers.get('content-security-policy') ?? '';
		const nonce = NONCE.exec(csp)?.[1] ?? null;
		if (this.entries.size >= this.maxEntries) {
			const oldest = this.entries.keys().next().value;
			if (oldest !== undefined) this.entries.delete(oldest);
		}
		this.entries.set(key, {
			status: response.status,
			headers,
			body,
			nonce,
			storedAt: this.now(),
			route,
			encoded: {}
		});
		return answer;
	}
}

/**
 * Where scripts/server.js finds the cache (a global symbol: the server script is not part of the build).
 * It calls `serve` for every request before handing it to SvelteKit; null means "go on as usual".
 */
export const FRONT_PAGES = Symbol.for('entrepairs.publicPages');

export interface FrontPages {
	serve(method: string, rawUrl: string, header: (name: string) => string | undefined): FrontAnswer | null;
}

/** Publishes `cache` to scripts/server.js; `onServed` logs each answer given there. */
export function publishFrontPages(
	cache: PublicPageCache,
	onServed: (answer: FrontAnswer, method: string, milliseconds: number) => void
): void {
	const front: FrontPages = {
		serve(method, rawUrl, header) {
			const started = performance.now();
			const answer = cache.serveFront(method, rawUrl, header);
			if (answer) onServed(answer, method, performance.now() - started);
			return answer;
		}
	};
	(globalThis as Record<symbol, unknown>)[FRONT_PAGES] = front;
}
