import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { cacheKey, mayWrite, PageCache, type CacheableRequest, type CacheKey } from './page-cache';

const request = (overrides: Partial<CacheableRequest> = {}): CacheableRequest => ({
	method: 'GET',
	url: new URL('http://localhost/organisations'),
	headers: new Headers({ 'accept-language': 'fr', cookie: 'ep_lang=fr' }),
	publicRoute: true,
	carriesSession: false,
	signedInPage: false,
	...overrides
});

const page = (body: string, headers: Record<string, string> = {}, status = 200) =>
	new Response(body, {
		status,
		headers: {
			'content-type': 'text/html',
			'content-security-policy': "script-src 'self' 'sha256-abc='",
			'x-frame-options': 'DENY',
			'x-request-id': 'rendered-request',
			etag: '"abc"',
			...headers
		}
	});
const visitorKey = (key: string): CacheKey => ({ key, signedIn: false });
const sessionKey = (key: string): CacheKey => ({ key, signedIn: true });
const long = `<p>${'Bonjour, voici la page. '.repeat(100)}</p>`;

describe('which requests may be served from the page cache', () => {
	it.each([
		['a visitor reading a public page', request(), false],
		[
			'a signed-in person reading a page',
			request({ publicRoute: false, carriesSession: true, signedInPage: true }),
			true
		],
		['a signed-in person reading a public page', request({ carriesSession: true, signedInPage: true }), true]
	])('%s', (_label, input, signedIn) => {
		expect(cacheKey(input)?.signedIn).toBe(signedIn);
	});

	it.each([
		['a form post', request({ method: 'POST' })],
		['a HEAD request', request({ method: 'HEAD' })],
		['a page that is not public, for a visitor', request({ publicRoute: false })],
		['a visitor carrying an unknown session', request({ carriesSession: true })],
		['a signed-in form post', request({ method: 'POST', carriesSession: true, signedInPage: true })]
	])('not %s', (_label, input) => {
		expect(cacheKey(input)).toBeNull();
	});

	it('keeps apart what a page may depend on: address, query, language, cookies (session, easy-read, display)', () => {
		const keys = new Set(
			[
				request(),
				request({ url: new URL('http://localhost/organisations?q=gem') }),
				request({ url: new URL('http://localhost/urgence') }),
				request({ headers: new Headers({ 'accept-language': 'en', cookie: 'ep_lang=fr' }) }),
				request({ headers: new Headers({ 'accept-language': 'fr', cookie: 'ep_lang=fr; ep_falc=on' }) }),
				request({ headers: new Headers({ 'accept-language': 'fr' }) }),
				...['ep_session=aaa', 'ep_session=bbb', 'ep_session=aaa; ep_lang=en'].map((cookie) =>
					request({
						headers: new Headers({ 'accept-language': 'fr', cookie }),
						carriesSession: true,
						signedInPage: true
					})
				)
			].map((input) => cacheKey(input)?.key)
		);
		expect(keys.size).toBe(9);
	});

	it('empties on writing methods only', () => {
		expect(['POST', 'PUT', 'PATCH', 'DELETE'].every(mayWrite)).toBe(true);
		expect(['GET', 'HEAD', 'OPTIONS'].some(mayWrite)).toBe(false);
	});
});

describe('the page cache', () => {
	it('answers a kept page with its ETag and its age, and 304 to a browser that holds it', async () => {
		let now = 10_000;
		const cache = new PageCache({ ttlMs: 5_000, now: () => now });
		const sent = await cache.store(visitorKey('k'), page('<p>Bonjour</p>'), cache.currentGeneration);
		expect(await sent.text()).toContain('Bonjour');
		now += 2_500;
		const answer = cache.answer('k');
		expect(await answer?.text()).toBe('<p>Bonjour</p>');
		expect(answer?.headers.get('etag')).toBe('"abc"');
		expect(answer?.headers.get('age')).toBe('2');
		expect(answer?.headers.get('x-frame-options')).toBe('DENY');

		for (const ifNoneMatch of ['"abc"', 'W/"abc"', '"other", "abc"', '*']) {
			const revalidated = cache.answer('k', ifNoneMatch);
			expect(revalidated?.status, ifNoneMatch).toBe(304);
			expect(revalidated?.body, ifNoneMatch).toBeNull();
			expect(revalidated?.headers.get('etag')).toBe('"abc"');
			// A browser merges a 304's headers into the page it kept: never a policy there.
			expect(revalidated?.headers.has('content-security-policy')).toBe(false);
		}
		for (const ifNoneMatch of ['"abd"', '', 'abc']) expect(cache.answer('k', ifNoneMatch)?.status).toBe(200);
	});

	it('never keeps a page whose policy allows a script by nonce (a nonce must never be sent twice)', async () => {
		const cache = new PageCache({ ttlMs: 2_000 });
		await cache.store(
			visitorKey('k'),
			page('<script nonce="AAAA">x()</script>', {
				'content-security-policy': "script-src 'self' 'nonce-AAAA'"
			}),
			cache.currentGeneration
		);
		expect(cache.answer('k')).toBeNull();
	});

	it('forgets a page after its time, each kind after its own', async () => {
		let now = 0;
		const cache = new PageCache({ ttlMs: 2_000, signedInTtlMs: 500, now: () => now });
		await cache.store(visitorKey('visitor'), page('<p>a</p>'), cache.currentGeneration);
		await cache.store(sessionKey('session'), page('<p>b</p>'), cache.currentGeneration);
		now = 499;
		expect(cache.answer('session')).not.toBeNull();
		now = 500;
		expect(cache.answer('session')).toBeNull();
		now = 1_999;
		expect(cache.answer('visitor')).not.toBeNull();
		now = 2_000;
		expect(cache.answer('visitor')).toBeNull();
	});

	it('keeps only plain pages: not an error, a redirect, a page setting a cookie, or JSON', async () => {
		const cache = new PageCache({ ttlMs: 2_000 });
		const from = cache.currentGeneration;
		await cache.store(visitorKey('404'), page('<p>introuvable</p>', {}, 404), from);
		await cache.store(visitorKey('cookie'), page('<p>a</p>', { 'set-cookie': 'ep_flash=; Max-Age=0' }), from);
		await cache.store(visitorKey('json'), page('{}', { 'content-type': 'application/json' }), from);
		await cache.store(
			visitorKey('redirect'),
			new Response(null, { status: 303, headers: { location: '/' } }),
			from
		);
		for (const key of ['404', 'cookie', 'json', 'redirect']) expect(cache.answer(key), key).toBeNull();
	});

	it('never keeps a page rendered while the cache was emptied (a write landed meanwhile)', async () => {
		const cache = new PageCache({ ttlMs: 2_000 });
		const from = cache.currentGeneration;
		cache.clear(); // a form post, a GET that wrote or a domain event, while the page was rendering
		const sent = await cache.store(sessionKey('k'), page('<p>before the write</p>'), from);
		expect(await sent.text()).toContain('before the write');
		expect(cache.answer('k')).toBeNull();
	});

	it('sends and keeps nothing while a request that may write is being answered, however they overlap', async () => {
		const cache = new PageCache({ ttlMs: 2_000 });
		const cookie = 'ep_session=token-of-camille';
		const asked = (name: string) => ({ cookie, 'accept-language': 'fr' })[name];
		const kept = ['/compte', 'fr', cookie].join('\n');
		await cache.store(sessionKey(kept), page(long), cache.currentGeneration);
		expect(cache.serveFront('GET', '/compte', asked)).not.toBeNull();

		// A sign-out arrives; while it looks its session up, the same browser asks the page again.
		const endSignOut = cache.beginWrite();
		expect(cache.writeInFlight).toBe(true);
		expect(cache.serveFront('GET', '/compte', asked)).toBeNull();
		expect(cache.answer(kept)).toBeNull();
		// A page rendered meanwhile, even one that began after the write arrived, is not kept.
		const during = cache.currentGeneration;
		await cache.store(sessionKey(kept), page(long), during);
		const endOther = cache.beginWrite();
		endSignOut();
		await cache.store(sessionKey(kept), page(long), cache.currentGeneration);
		expect(cache.answer(kept), 'a second write still in flight').toBeNull();
		endOther();
		endOther(); // a second call changes nothing
		expect(cache.writeInFlight).toBe(false);
		await cache.store(sessionKey(kept), page(long), during);
		expect(cache.answer(kept), 'rendered across the writes').toBeNull();
		await cache.store(sessionKey(kept), page(long), cache.currentGeneration);
		expect(cache.answer(kept), 'rendered after every write').not.toBeNull();
	});

	it('is off at 0 ms, kind by kind', async () => {
		const off = new PageCache({ ttlMs: 0, signedInTtlMs: 2_000 });
		await off.store(visitorKey('v'), page('<p>a</p>'), off.currentGeneration);
		await off.store(sessionKey('s'), page('<p>a</p>'), off.currentGeneration);
		expect(off.keeps(false)).toBe(false);
		expect(off.keeps(true)).toBe(true);
		expect(off.answer('v')).toBeNull();
		expect(off.answer('s')).not.toBeNull();
	});

	it('is bounded in entries and in bytes, dropping the oldest first', async () => {
		const few = new PageCache({ ttlMs: 2_000, maxEntries: 2 });
		for (const key of ['a', 'b', 'c'])
			await few.store(visitorKey(key), page('<p>x</p>'), few.currentGeneration);
		expect(few.size).toBe(2);
		expect(few.answer('a')).toBeNull();
		expect(few.answer('c')).not.toBeNull();

		// Each body counts twice its length (a string), then its bytes and compressed copies once sent.
		const small = new PageCache({ ttlMs: 2_000, maxBytes: 3 * long.length * 2 });
		for (const key of ['a', 'b', 'c', 'd'])
			await small.store(visitorKey(key), page(long), small.currentGeneration);
		expect(small.size).toBe(3);
		expect(small.answer('a')).toBeNull();
		small.serveFront('GET', 'd', () => undefined);
		expect(small.heldBytes).toBeLessThanOrEqual(3 * long.length * 2);
		expect(small.answer('d')).not.toBeNull();
		small.clear();
		expect(small.heldBytes).toBe(0);
	});
});

describe('answers given before SvelteKit (scripts/server.js)', () => {
	const asked = (headers: Record<string, string>) => (name: string) => headers[name];
	const key = (path: string, language = 'fr', cookie = '') => [path, language, cookie].join('\n');

	it('sends the kept page with its headers, a new request id each time, compressed as accepted', async () => {
		const cache = new PageCache({ ttlMs: 2_000 });
		await cache.store(visitorKey(key('/?a=1')), page(long), cache.currentGeneration, '/(public)');
		const plain = cache.serveFront('GET', '/?a=1', asked({ 'accept-language': 'fr' }));
		expect(plain?.body.toString()).toBe(long);
		const headers = new Map(plain?.headers);
		expect(headers.get('x-frame-options')).toBe('DENY');
		expect(headers.get('content-length')).toBe(String(Buffer.byteLength(long)));
		expect(headers.get('etag')).toBe('"abc"');
		expect(headers.get('age')).toBe('0');
		expect(headers.get('x-request-id')).not.toBe('rendered-request');
		expect(plain?.route).toBe('/(public)');

		const brotli = cache.serveFront(
			'GET',
			'/?a=1',
			asked({ 'accept-language': 'fr', 'accept-encoding': 'gzip, br' })
		);
		const brotliHeaders = new Map(brotli?.headers);
		expect(brotliHeaders.get('content-encoding')).toBe('br');
		expect(brotliHeaders.get('vary')).toBe('Accept-Encoding');
		expect(brotliDecompressSync(brotli!.body).toString()).toBe(long);
		expect(brotliHeaders.get('x-request-id')).not.toBe(headers.get('x-request-id'));
		const gzip = cache.serveFront(
			'GET',
			'/?a=1',
			asked({ 'accept-language': 'fr', 'accept-encoding': 'gzip' })
		);
		expect(gunzipSync(gzip!.body).toString()).toBe(long);
	});

	it('answers 304, without the page or its policy, when the browser names the kept ETag', async () => {
		const cache = new PageCache({ ttlMs: 2_000 });
		await cache.store(visitorKey(key('/urgence')), page(long), cache.currentGeneration, '/(public)/urgence');
		const answer = cache.serveFront(
			'GET',
			'/urgence',
			asked({ 'accept-language': 'fr', 'if-none-match': '"abc"', 'accept-encoding': 'br' })
		);
		expect(answer?.status).toBe(304);
		expect(answer?.body.length).toBe(0);
		const headers = new Map(answer?.headers);
		expect(headers.get('etag')).toBe('"abc"');
		expect(headers.has('content-security-policy')).toBe(false);
		expect(headers.has('content-encoding')).toBe(false);
		expect(headers.get('x-request-id')).toBeTruthy();
		expect(
			cache.serveFront('GET', '/urgence', asked({ 'accept-language': 'fr', 'if-none-match': '"old"' }))
				?.status
		).toBe(200);
	});

	it('sends a signed-in page only to the very cookies it was rendered for', async () => {
		const cache = new PageCache({ ttlMs: 2_000 });
		const mine = 'ep_session=token-of-camille; ep_lang=fr';
		await cache.store(sessionKey(key('/conversations/1', 'fr', mine)), page(long), cache.currentGeneration);
		expect(
			cache.serveFront('GET', '/conversations/1', asked({ 'accept-language': 'fr', cookie: mine }))
		).not.toBeNull();
		for (const cookie of [
			'ep_session=token-of-sacha; ep_lang=fr',
			'ep_lang=fr',
			'ep_session=token-of-camille',
			'ep_lang=fr; ep_session=token-of-camille',
			''
		])
			expect(
				cache.serveFront('GET', '/conversations/1', asked({ 'accept-language': 'fr', cookie })),
				cookie || 'no cookie'
			).toBeNull();
		expect(
			cache.serveFront(
				'GET',
				'/conversations/1',
				asked({ 'accept-language': 'fr', cookie: mine, authorization: 'Bearer x' })
			),
			'bearer'
		).toBeNull();
		cache.clear(); // signing out: `account.sessions-closed`, in every process
		expect(
			cache.serveFront('GET', '/conversations/1', asked({ 'accept-language': 'fr', cookie: mine }))
		).toBeNull();
	});

	it('lets everything else go on to SvelteKit', async () => {
		let now = 0;
		const cache = new PageCache({ ttlMs: 2_000, now: () => now });
		await cache.store(visitorKey(key('/')), page(long), cache.currentGeneration);
		const fr = asked({ 'accept-language': 'fr' });
		expect(cache.serveFront('GET', '/', fr)).not.toBeNull();
		expect(cache.serveFront('HEAD', '/', fr), 'HEAD').toBeNull();
		expect(cache.serveFront('POST', '/', fr), 'POST').toBeNull();
		expect(cache.serveFront('GET', '/', asked({ 'accept-language': 'en' })), 'other language').toBeNull();
		expect(
			cache.serveFront('GET', '/', asked({ 'accept-language': 'fr', cookie: 'ep_session=abc' })),
			'session cookie'
		).toBeNull();
		expect(
			cache.serveFront('GET', '/', asked({ 'accept-language': 'fr', authorization: 'Bearer x' })),
			'bearer'
		).toBeNull();
		expect(cache.serveFront('GET', '//[bad', fr), 'an address that does not parse').toBeNull();
		now = 2_000;
		expect(cache.serveFront('GET', '/', fr), 'expired').toBeNull();
		await cache.store(visitorKey(key('/')), page(long), cache.currentGeneration);
		cache.clear();
		expect(cache.serveFront('GET', '/', fr), 'emptied').toBeNull();
	});
});
