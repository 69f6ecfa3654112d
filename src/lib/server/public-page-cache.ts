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
import { randomBytes } from 'node:crypto';

export interface CachedPage {
	status: number;
	headers: Array<[string, string]>;
	body: string;
	nonce: string | null;
	storedAt: number;
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

	/** A fresh answer from the entry under `key` (a new nonce), or null. */
	answer(key: string): Response | null {
		const entry = this.entries.get(key);
		if (!entry) return null;
		if (this.now() - entry.storedAt >= this.ttlMs) {
			this.entries.delete(key);
			return null;
		}
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
	 * response to send (the body has been read, so a new one carrying it).
	 */
	async store(key: string, response: Response, renderedFrom: number): Promise<Response> {
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
		for (const [name, value] of response.headers) if (name !== 'etag') headers.push([name, value]);
		const csp = response.headers.get('content-security-policy') ?? '';
		const nonce = NONCE.exec(csp)?.[1] ?? null;
		if (this.entries.size >= this.maxEntries) {
			const oldest = this.entries.keys().next().value;
			if (oldest !== undefined) this.entries.delete(oldest);
		}
		this.entries.set(key, { status: response.status, headers, body, nonce, storedAt: this.now() });
		return answer;
	}
}
