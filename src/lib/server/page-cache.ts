/**
 * Pages kept for a moment, as rendered for one request, and sent again to the same requester until
 * something changes (issue 10, item 27: a server-rendered page costs about as much CPU as 40 to 200 bare
 * answers; a page asked again before anything changed need not be rendered again).
 *
 * What may be kept: a GET of a page (not the API), answered 200 in HTML, without a Set-Cookie, whose
 * request wrote nothing to the database (request-statements.ts: a view that logs an access, records a
 * read marker or takes a rate-limit token is a side effect each view must have), whose policy allows its
 * inline scripts by hash (a nonce must never be repeated). Two kinds of requester:
 *  - a visitor (no session cookie, no bearer) reading a page of the public group;
 *  - a signed-in person reading any page, kept for their session only.
 * The key holds the address, the Accept-Language header and the whole Cookie header (session, language,
 * easy-read and display choices), so a kept page is only ever sent to a request carrying the very cookies
 * it was rendered for: another person, another session or a signed-out browser never matches it.
 *
 * How long: `ttlMs` for visitors' pages (PUBLIC_PAGE_CACHE_MS, 2 s by default) and `signedInTtlMs` for
 * signed-in pages (SIGNED_IN_PAGE_CACHE_MS, 2 s by default; 0 turns either off), and never past a change this
 * process sees: the whole cache is emptied by any request that may write (POST, PUT, PATCH, DELETE), any
 * GET that wrote, and any domain event, from this process or from the others through the PostgreSQL bus
 * (ending a session is one: `account.sessions-closed`). A change made elsewhere without an event is
 * visible after the entry's time at most. Bounded in entries and in bytes (oldest dropped first).
 */
import { randomUUID } from 'node:crypto';
import { chooseEncoding, compressSync, SMALLEST_COMPRESSED } from './compression';

export interface CachedPage {
	status: number;
	headers: Array<[string, string]>;
	body: string;
	storedAt: number;
	ttlMs: number;
	/** The route, for the request log of answers given before SvelteKit (`serveFront`). */
	route: string | null;
	/** The body's bytes, as is and compressed, made once when first sent. */
	encoded: Partial<Record<'identity' | 'br' | 'gzip', Buffer>>;
	/** Bytes held for the budget: the body (counted as UTF-16) and its encodings. */
	bytes: number;
	/** The entity tag SvelteKit gave the page (the body is sent unchanged, so it still names it). */
	etag: string | undefined;
}

/** An answer given by scripts/server.js before SvelteKit: status, headers and the bytes to send. */
export interface FrontAnswer {
	status: number;
	headers: Array<[string, string]>;
	body: Buffer;
	route: string | null;
}

export interface PageCacheOptions {
	/** Visitors' public pages. */
	ttlMs: number;
	/** Signed-in people's pages (defaults to `ttlMs`). */
	signedInTtlMs?: number;
	/** Distinct entries kept at most (oldest dropped first). */
	maxEntries?: number;
	/** Bytes kept at most, bodies and their compressed copies (oldest dropped first). */
	maxBytes?: number;
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
	/** A page (not the API) for a person signed in by their session cookie. */
	signedInPage: boolean;
}

/** Not kept with a page: each answer has its own request id, and its length depends on its encoding. */
const UNKEPT_HEADERS = new Set(['x-request-id', 'content-length']);
/**
 * What a 304 carries (RFC 9110, 15.4.5: what a 200 would have said of caching). Never the content security
 * policy: a browser merges a 304's headers into the page it kept.
 */
const NOT_MODIFIED_HEADERS = new Set(['etag', 'cache-control', 'vary', 'expires', 'content-location']);

/** Whether `ifNoneMatch` (a list of entity tags, or *) names `etag`, by weak comparison (RFC 9110, 13.1.2). */
export function matchesEntityTag(ifNoneMatch: string | null | undefined, etag: string | undefined): boolean {
	if (!ifNoneMatch || !etag) return false;
	const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
	const wanted = opaque(etag);
	return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}
const NONCE = /'nonce-/;

const keyOf = (pathAndQuery: string, acceptLanguage: string, cookie: string) =>
	`${pathAndQuery}\n${acceptLanguage}\n${cookie}`;

export type CacheKey = { key: string; signedIn: boolean };

/** The key of a request that may be served from the cache, or null when it may not. */
export function cacheKey(request: CacheableRequest): CacheKey | null {
	if (request.method !== 'GET') return null;
	const visitor = request.publicRoute && !request.carriesSession;
	if (!visitor && !request.signedInPage) return null;
	return {
		key: keyOf(
			request.url.pathname + request.url.search,
			request.headers.get('accept-language') ?? '',
			request.headers.get('cookie') ?? ''
		),
		signedIn: !visitor
	};
}

/** Whether a method may change what pages show: such a request empties the cache. */
export const mayWrite = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());

export class PageCache {
	private readonly entries = new Map<string, CachedPage>();
	private readonly ttlMs: number;
	private readonly signedInTtlMs: number;
	private readonly maxEntries: number;
	private readonly maxBytes: number;
	private readonly now: () => number;
	private bytes = 0;
	/** Counts the times the cache was emptied: a page rendered across one is not kept (it may be stale). */
	private generation = 0;
	/** Requests that may write (POST, PUT, PATCH, DELETE) received and not yet answered. */
	private writing = 0;

	constructor(options: PageCacheOptions) {
		this.ttlMs = options.ttlMs;
		this.signedInTtlMs = options.signedInTtlMs ?? options.ttlMs;
		this.maxEntries = options.maxEntries ?? 500;
		this.maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
		this.now = options.now ?? Date.now;
	}

	/** Whether pages of this kind are kept at all. */
	keeps(signedIn: boolean): boolean {
		return (signedIn ? this.signedInTtlMs : this.ttlMs) > 0;
	}

	get size(): number {
		return this.entries.size;
	}

	/** Bytes held now (bodies and compressed copies). */
	get heldBytes(): number {
		return this.bytes;
	}

	clear(): void {
		this.generation += 1;
		this.entries.clear();
		this.bytes = 0;
	}

	/**
	 * A request that may write has arrived: nothing kept is sent, and nothing rendered now is kept, until
	 * every such request has been answered. Called as the request arrives, before anything is awaited: a
	 * sign-out still looking up its session must not let a page kept for that session be sent meanwhile.
	 * Returns the function to call once it has been answered (once; later calls do nothing).
	 */
	beginWrite(): () => void {
		this.writing += 1;
		this.clear();
		let ended = false;
		return () => {
			if (ended) return;
			ended = true;
			this.writing -= 1;
			this.clear();
		};
	}

	/** Whether a request that may write is being handled (kept pages are then neither sent nor stored). */
	get writeInFlight(): boolean {
		return this.writing > 0;
	}

	/** To pass to `store` with the page rendered after this call. */
	get currentGeneration(): number {
		return this.generation;
	}

	private drop(key: string, entry: CachedPage): void {
		this.entries.delete(key);
		this.bytes -= entry.bytes;
	}

	/** The live entry under `key`, or null (an expired one is dropped). */
	private live(key: string): CachedPage | null {
		const entry = this.entries.get(key);
		if (!entry) return null;
		if (this.now() - entry.storedAt >= entry.ttlMs) {
			this.drop(key, entry);
			return null;
		}
		return entry;
	}

	/** The entry's bytes in `encoding`, made once (and counted in the budget). */
	private encoded(entry: CachedPage, encoding: 'br' | 'gzip' | null): Buffer {
		let plain = entry.encoded.identity;
		if (!plain) {
			plain = entry.encoded.identity = Buffer.from(entry.body);
			entry.bytes += plain.length;
			this.bytes += plain.length;
		}
		if (encoding === null || plain.length < SMALLEST_COMPRESSED) return plain;
		let compressed = entry.encoded[encoding];
		if (!compressed) {
			compressed = entry.encoded[encoding] = compressSync(plain, encoding);
			entry.bytes += compressed.length;
			this.bytes += compressed.length;
		}
		return compressed;
	}

	/**
	 * The answer scripts/server.js sends before SvelteKit runs (no routing, no hooks, no render), or null
	 * to let the request go on as usual. Only for a GET without a bearer whose key (computed as `cacheKey`
	 * does, from the same cookies) holds a live page. The bytes, compressed as the browser accepts (as
	 * compression.ts would), are made once per entry. Each answer gets its own request id.
	 */
	serveFront(
		method: string,
		rawUrl: string,
		header: (name: string) => string | undefined
	): FrontAnswer | null {
		if (
			method !== 'GET' ||
			this.entries.size === 0 ||
			this.writing > 0 ||
			header('authorization') !== undefined
		)
			return null;
		let url: URL;
		try {
			url = new URL(rawUrl, 'http://localhost');
		} catch {
			return null;
		}
		const entry = this.live(
			keyOf(url.pathname + url.search, header('accept-language') ?? '', header('cookie') ?? '')
		);
		if (!entry) return null;
		if (matchesEntityTag(header('if-none-match'), entry.etag)) {
			return {
				status: 304,
				headers: this.notModifiedHeaders(entry),
				body: Buffer.alloc(0),
				route: entry.route
			};
		}
		const encoding = chooseEncoding(header('accept-encoding') ?? null);
		const body = this.encoded(entry, encoding);
		const headers: Array<[string, string]> = [
			...entry.headers,
			['age', this.ageOf(entry)],
			['x-request-id', randomUUID()]
		];
		if (encoding) headers.push(['vary', 'Accept-Encoding']);
		if (body !== entry.encoded.identity) headers.push(['content-encoding', encoding!]);
		headers.push(['content-length', String(body.length)]);
		if (this.bytes > this.maxBytes) this.trim();
		return { status: entry.status, headers, body, route: entry.route };
	}

	/**
	 * A fresh answer from the entry under `key` (uncompressed: the hooks compress it), or null: a 304 when
	 * `ifNoneMatch` names the page's entity tag (the browser holds this very page).
	 */
	answer(key: string, ifNoneMatch: string | null = null): Response | null {
		if (this.writing > 0) return null;
		const entry = this.live(key);
		if (!entry) return null;
		if (matchesEntityTag(ifNoneMatch, entry.etag))
			return new Response(null, { status: 304, headers: this.notModifiedHeaders(entry) });
		const headers = new Headers(entry.headers);
		headers.set('age', this.ageOf(entry));
		return new Response(entry.body, { status: entry.status, headers });
	}

	/** Seconds since the page was rendered (RFC 9111's Age: it comes from a cache). */
	private ageOf(entry: CachedPage): string {
		return String(Math.max(0, Math.floor((this.now() - entry.storedAt) / 1000)));
	}

	private notModifiedHeaders(entry: CachedPage): Array<[string, string]> {
		return [
			...entry.headers.filter(([name]) => NOT_MODIFIED_HEADERS.has(name)),
			['age', this.ageOf(entry)],
			['x-request-id', randomUUID()]
		];
	}

	/**
	 * Keeps `response` under `key` when it is a plain page (200, HTML, no cookie set, no nonce in its
	 * policy) and nothing emptied the cache since `renderedFrom` (its generation when the render began),
	 * and returns the response to send (the body has been read, so a new one carrying it). `response` is
	 * the answer as sent, every header set, before compression; its request id is not kept.
	 */
	async store(
		key: CacheKey,
		response: Response,
		renderedFrom: number,
		route: string | null = null
	): Promise<Response> {
		if (
			!this.keeps(key.signedIn) ||
			response.status !== 200 ||
			!response.body ||
			response.headers.has('set-cookie') ||
			NONCE.test(response.headers.get('content-security-policy') ?? '') ||
			!(response.headers.get('content-type') ?? '').startsWith('text/html')
		)
			return response;
		const body = await response.text();
		const answer = new Response(body, {
			status: response.status,
			statusText: response.statusText,
			headers: response.headers
		});
		if (renderedFrom !== this.generation || this.writing > 0) return answer;
		const headers: Array<[string, string]> = [];
		for (const [name, value] of response.headers) if (!UNKEPT_HEADERS.has(name)) headers.push([name, value]);
		const previous = this.entries.get(key.key);
		if (previous) this.drop(key.key, previous);
		const entry: CachedPage = {
			status: response.status,
			headers,
			body,
			storedAt: this.now(),
			ttlMs: key.signedIn ? this.signedInTtlMs : this.ttlMs,
			route,
			encoded: {},
			bytes: body.length * 2,
			etag: response.headers.get('etag') ?? undefined
		};
		this.entries.set(key.key, entry);
		this.bytes += entry.bytes;
		this.trim();
		return answer;
	}

	/** Drops the oldest entries until the cache is within its bounds. */
	private trim(): void {
		for (const [key, entry] of this.entries) {
			if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) return;
			this.drop(key, entry);
		}
	}
}

/**
 * Where scripts/server.js finds the cache (a global symbol: the server script is not part of the build).
 * It calls `serve` for every GET before handing it to SvelteKit; null means "go on as usual".
 */
export const FRONT_PAGES = Symbol.for('entrepairs.keptPages');

export interface FrontPages {
	serve(method: string, rawUrl: string, header: (name: string) => string | undefined): FrontAnswer | null;
	/** Called by scripts/server.js as a request that may write arrives; the result once it is answered. */
	beginWrite(): () => void;
}

/** Publishes `cache` to scripts/server.js; `onServed` logs each answer given there. */
export function publishFrontPages(
	cache: PageCache,
	onServed: (answer: FrontAnswer, method: string, milliseconds: number) => void
): void {
	const front: FrontPages = {
		serve(method, rawUrl, header) {
			const started = performance.now();
			const answer = cache.serveFront(method, rawUrl, header);
			if (answer) onServed(answer, method, performance.now() - started);
			return answer;
		},
		beginWrite: () => cache.beginWrite()
	};
	(globalThis as Record<symbol, unknown>)[FRONT_PAGES] = front;
}
