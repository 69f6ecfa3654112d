import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { cacheKey, mayWrite, PublicPageCache, type CacheableRequest } from './public-page-cache';

const request = (overrides: Partial<CacheableRequest> = {}): CacheableRequest => ({
	method: 'GET',
	url: new URL('http://localhost/organisations'),
	headers: new Headers({ 'accept-language': 'fr', cookie: 'ep_lang=fr' }),
	publicRoute: true,
	carriesSession: false,
	...overrides
});

const page = (body: string, headers: Record<string, string> = {}, status = 200) =>
	new Response(body, {
		status,
		headers: {
			'content-type': 'text/html',
			'content-security-policy': "script-src 'self' 'nonce-AAAA1111'",
			etag: '"abc"',
			...headers
		}
	});

describe('which requests may be served from the public page cache', () => {
	it.each([
		['a visitor reading a public page', request(), true],
		['a form post', request({ method: 'POST' }), false],
		['a HEAD request', request({ method: 'HEAD' }), false],
		['a page that is not public', request({ publicRoute: false }), false],
		['a request carrying a session', request({ carriesSession: true }), false]
	])('%s', (_label, input, cacheable) => {
		expect(cacheKey(input) !== null).toBe(cacheable);
	});

	it('keeps apart what a page may depend on: address, query, language, cookies (easy-read, display)', () => {
		const keys = new Set(
			[
				request(),
				request({ url: new URL('http://localhost/organisations?q=gem') }),
				request({ url: new URL('http://localhost/urgence') }),
				request({ headers: new Headers({ 'accept-language': 'en', cookie: 'ep_lang=fr' }) }),
				request({ headers: new Headers({ 'accept-language': 'fr', cookie: 'ep_lang=fr; ep_falc=on' }) }),
				request({ headers: new Headers({ 'accept-language': 'fr' }) })
			].map((input) => cacheKey(input))
		);
		expect(keys.size).toBe(6);
	});

	it('empties on writing methods only', () => {
		expect(['POST', 'PUT', 'PATCH', 'DELETE'].every(mayWrite)).toBe(true);
		expect(['GET', 'HEAD', 'OPTIONS'].some(mayWrite)).toBe(false);
	});
});

describe('the public page cache', () => {
	it('serves a kept page with a new nonce each time, in the body and the CSP header, without ETag', async () => {
		const cache = new PublicPageCache({ ttlMs: 2_000 });
		const sent = await cache.store(
			'k',
			page('<script nonce="AAAA1111">x()</script><p>Bonjour</p>'),
			cache.currentGeneration
		);
		expect(await sent.text()).toContain('Bonjour');
		const first = cache.answer('k');
		const second = cache.answer('k');
		expect(first && second).toBeTruthy();
		const nonces = [first!, second!].map(
			(answer) => /'nonce-([^']+)'/.exec(answer.headers.get('content-security-policy') ?? '')?.[1]
		);
		expect(nonces[0]).toBeDefined();
		expect(nonces[0]).not.toBe('AAAA1111');
		expect(nonces[0]).not.toBe(nonces[1]);
		const body = await first!.text();
		expect(body).toContain(`nonce="${nonces[0]}"`);
		expect(body).not.toContain('AAAA1111');
		expect(first!.headers.get('etag')).toBeNull();
	});

	it('forgets a page after its time', async () => {
		let now = 0;
		const cache = new PublicPageCache({ ttlMs: 2_000, now: () => now });
		await cache.store('k', page('<p>a</p>'), cache.currentGeneration);
		now = 1_999;
		expect(cache.answer('k')).not.toBeNull();
		now = 2_000;
		expect(cache.answer('k')).toBeNull();
	});

	it('keeps only plain pages: not an error, a redirect, a page setting a cookie, or JSON', async () => {
		const cache = new PublicPageCache({ ttlMs: 2_000 });
		const from = cache.currentGeneration;
		await cache.store('404', page('<p>introuvable</p>', {}, 404), from);
		await cache.store('cookie', page('<p>a</p>', { 'set-cookie': 'ep_flash=; Max-Age=0' }), from);
		await cache.store('json', page('{}', { 'content-type': 'application/json' }), from);
		await cache.store('redirect', new Response(null, { status: 303, headers: { location: '/' } }), from);
		for (const key of ['404', 'cookie', 'json', 'redirect']) expect(cache.answer(key), key).toBeNull();
	});

	it('never keeps a page rendered while the cache was emptied (a write landed meanwhile)', async () => {
		const cache = new PublicPageCache({ ttlMs: 2_000 });
		const from = cache.currentGeneration;
		cache.clear(); // a form post or a domain event, while the page was rendering
		const sent = await cache.store('k', page('<p>before the write</p>'), from);
		expect(await sent.text()).toContain('before the write');
		expect(cache.answer('k')).toBeNull();
	});

	it('is off at 0 ms and bounded in entries', async () => {
		const off = new PublicPageCache({ ttlMs: 0 });
		await off.store('k', page('<p>a</p>'), off.currentGeneration);
		expect(off.enabled).toBe(false);
		expect(off.answer('k')).toBeNull();
		const small = new PublicPageCache({ ttlMs: 2_000, maxEntries: 2 });
		for (const key of ['a', 'b', 'c']) await small.store(key, page('<p>x</p>'), small.currentGeneration);
		expect(small.size).toBe(2);
		expect(small.answer('a')).toBeNull();
		expect(small.answer('c')).not.toBeNull();
	});
});

describe('answers given before SvelteKit (scripts/server.js)', () => {
	const visitor = (headers: Record<string, string>) => (name: string) => headers[name];
	const key = (path: string, language = 'fr', cookie = '') => [path, language, cookie].join('\n');
	const plainPage = (body: string) =>
		new Response(body, {
			status: 200,
			headers: {
				'content-type': 'text/html',
				'content-security-policy': "script-src 'self' 'sha256-abc='",
				'x-frame-options': 'DENY',
				'x-request-id': 'rendered-request',
				etag: '"abc"'
			}
		});
	const long = `<p>${'Bonjour, voici la page publique. '.repeat(100)}</p>`;

	it('sends the kept page with its headers, a new request id each time, compressed as accepted', async () => {
		const cache = new PublicPageCache({ ttlMs: 2_000 });
		await cache.store(key('/?a=1'), plainPage(long), cache.currentGeneration, '/(public)');
		const plain = cache.serveFront('GET', '/?a=1', visitor({ 'accept-language': 'fr' }));
		expect(plain?.body.toString()).toBe(long);
		const headers = new Map(plain?.headers);
		expect(headers.get('x-frame-options')).toBe('DENY');
		expect(headers.get('content-length')).toBe(String(Buffer.byteLength(long)));
		expect(headers.has('etag')).toBe(false);
		expect(headers.get('x-request-id')).not.toBe('rendered-request');
		expect(plain?.route).toBe('/(public)');

		const brotli = cache.serveFront(
			'GET',
			'/?a=1',
			visitor({ 'accept-language': 'fr', 'accept-encoding': 'gzip, br' })
		);
		const brotliHeaders = new Map(brotli?.headers);
		expect(brotliHeaders.get('content-encoding')).toBe('br');
		expect(brotliHeaders.get('vary')).toBe('Accept-Encoding');
		expect(brotliDecompressSync(brotli!.body).toString()).toBe(long);
		expect(brotliHeaders.get('x-request-id')).not.toBe(headers.get('x-request-id'));
		const gzip = cache.serveFront(
			'GET',
			'/?a=1',
			visitor({ 'accept-language': 'fr', 'accept-encoding': 'gzip' })
		);
		expect(gunzipSync(gzip!.body).toString()).toBe(long);
	});

	it('lets everything else go on to SvelteKit', async () => {
		let now = 0;
		const cache = new PublicPageCache({ ttlMs: 2_000, now: () => now });
		await cache.store(key('/'), plainPage(long), cache.currentGeneration);
		await cache.store(key('/nonce'), page('<p>a</p>'), cache.currentGeneration);
		const fr = visitor({ 'accept-language': 'fr' });
		expect(cache.serveFront('GET', '/', fr)).not.toBeNull();
		expect(cache.serveFront('HEAD', '/', fr), 'HEAD').toBeNull();
		expect(cache.serveFront('POST', '/', fr), 'POST').toBeNull();
		expect(cache.serveFront('GET', '/', visitor({ 'accept-language': 'en' })), 'other language').toBeNull();
		expect(
			cache.serveFront('GET', '/', visitor({ 'accept-language': 'fr', cookie: 'ep_session=abc' })),
			'session cookie'
		).toBeNull();
		expect(
			cache.serveFront('GET', '/', visitor({ 'accept-language': 'fr', authorization: 'Bearer x' })),
			'bearer'
		).toBeNull();
		expect(cache.serveFront('GET', '/nonce', fr), 'a page with a nonce needs a new one').toBeNull();
		expect(cache.serveFront('GET', '//[bad', fr), 'an address that does not parse').toBeNull();
		now = 2_000;
		expect(cache.serveFront('GET', '/', fr), 'expired').toBeNull();
		cache.clear();
		expect(cache.serveFront('GET', '/', fr), 'emptied').toBeNull();
	});
});
