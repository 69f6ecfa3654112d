import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { apiToken, conversationWithSacha, signUpForApi } from './support/api';
import { baseUrl, DEMO_PASSWORD, newPseudonym, PASSWORD } from './support/browser';

// Real requests against the built server (scripts/server.js), as an attacker would send them.

const OFF_SITE_TARGETS = [
	'/\t/evil.example/',
	'/%09/evil.example/',
	'//evil.example',
	'/\\evil.example',
	'/%5C/evil.example',
	'/%2F/evil.example',
	'https://evil.example/',
	'/a/..//evil.example'
];
const UNUSABLE_TARGETS = ['/a\nb', '/\u200b', '/\u202eevil', '/%E2%80%8B'];

/** Where a redirect answer leads, resolved against the site (an off-site address keeps its own origin). */
function destination(response: Response): URL {
	return new URL(response.headers.get('location') ?? '', baseUrl());
}

async function signedInCookie(pseudonym = 'Camille'): Promise<string> {
	return `ep_session=${await apiToken(pseudonym, DEMO_PASSWORD)}`;
}

function formPost(path: string, fields: Record<string, string>, cookie?: string): Promise<Response> {
	return fetch(new URL(path, baseUrl()), {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: baseUrl(),
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(fields)
	});
}

/**
 * Posts `text` chunk by chunk with no Content-Length (`Transfer-Encoding: chunked`), on its own connection:
 * the server may answer (413) and close before the body is all sent, which a pooled fetch reports as a
 * network error. Resolves with the status and the answer's content type.
 */
function postChunked(
	path: string,
	headers: Record<string, string>,
	text: string
): Promise<{ status: number; contentType: string }> {
	return new Promise((resolve, reject) => {
		const request = httpRequest(new URL(path, baseUrl()), { method: 'POST', agent: false, headers });
		request.on('response', (response) => {
			response.resume();
			resolve({ status: response.statusCode ?? 0, contentType: String(response.headers['content-type']) });
		});
		// Writing after the server closed fails; the answer already received is what counts.
		request.on('error', (error) => setTimeout(() => reject(error), 1000));
		for (let offset = 0; offset < text.length; offset += 16_384)
			request.write(text.slice(offset, offset + 16_384));
		request.end();
	});
}

describe('redirect targets after sign-in, sign-up and a language change', () => {
	it('never leave the site, whatever `suite` or `redirectTo` holds', async () => {
		const cookie = await signedInCookie();
		for (const target of [...OFF_SITE_TARGETS, ...UNUSABLE_TARGETS]) {
			for (const page of ['/connexion', '/inscription']) {
				const response = await fetch(`${baseUrl()}${page}?suite=${encodeURIComponent(target)}`, {
					redirect: 'manual',
					headers: { cookie }
				});
				expect(response.status, `${page} ?suite=${JSON.stringify(target)}`).toBe(303);
				expect(destination(response).origin, `${page} ?suite=${JSON.stringify(target)}`).toBe(baseUrl());
				expect(destination(response).pathname).toBe('/');
			}
			const language = await formPost('/langue', { locale: 'fr', redirectTo: target }, cookie);
			expect(language.status, `/langue redirectTo=${JSON.stringify(target)}`).toBe(303);
			expect(destination(language).href).toBe(`${baseUrl()}/`);
		}
	});

	it('still lead to a page of the site that was asked for', async () => {
		const cookie = await signedInCookie();
		const response = await fetch(`${baseUrl()}/connexion?suite=${encodeURIComponent('/compte?onglet=1')}`, {
			redirect: 'manual',
			headers: { cookie }
		});
		expect(response.headers.get('location')).toBe('/compte?onglet=1');
	});

	it('sign in and sign up with an unusable `suite` and go home (after the recovery codes) instead of failing', async () => {
		for (const target of UNUSABLE_TARGETS) {
			const suite = `?suite=${encodeURIComponent(target)}`;
			const signIn = await formPost(`/connexion${suite}`, { pseudonym: 'Camille', password: DEMO_PASSWORD });
			expect(signIn.status, `sign-in with ${JSON.stringify(target)}`).toBe(303);
			expect(signIn.headers.get('location')).toBe('/');
			expect(signIn.headers.get('set-cookie')).toContain('ep_session=');

			const pseudonym = newPseudonym('Suite');
			const signUp = await formPost(`/inscription${suite}`, { pseudonym, password: PASSWORD, consent: 'on' });
			expect(signUp.status, `sign-up with ${JSON.stringify(target)}`).toBe(303);
			// A new account first sees its recovery codes; "I have noted them" then leads home (no `suite`).
			expect(signUp.headers.get('location')).toBe('/compte/codes-de-recuperation');
		}
	});
});

describe('request bodies', () => {
	it('refuse JSON nested 5,000 levels deep with a 400 problem in the reader’s language', async () => {
		const deep = `{"pseudonym":${'['.repeat(5000)}${']'.repeat(5000)}}`;
		for (const [language, title] of [
			['fr-FR', /imbriqué trop profondément/],
			['en-GB', /nested too deeply/]
		] as const) {
			const response = await fetch(`${baseUrl()}/api/v1/session`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'accept-language': language },
				body: deep
			});
			expect(response.status).toBe(400);
			expect(response.headers.get('content-type')).toContain('application/problem+json');
			const problem = (await response.json()) as { title: string; code: string; status: number };
			expect(problem).toMatchObject({ code: 'INVALID', status: 400 });
			expect(problem.title).toMatch(title);
		}
	});

	it('refuse a 900 KB chunked message with 413, and store nothing', async () => {
		const { token } = await signUpForApi('Chunked');
		const conversationId = await conversationWithSacha(token);
		const messages = `/api/v1/conversations/${conversationId}/messages`;
		const body = JSON.stringify({
			messageId: crypto.randomUUID(),
			body: 'bonjour',
			padding: 'x'.repeat(900_000)
		});
		const answer = await postChunked(
			messages,
			{ authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body
		);
		expect(answer.status).toBe(413);
		expect(answer.contentType).toContain('application/problem+json');
		const stored = await fetch(new URL(messages, baseUrl()), {
			headers: { authorization: `Bearer ${token}` }
		});
		expect(JSON.stringify(await stored.json())).not.toContain('bonjour');
	});

	it('refuse a 900 KB chunked form with 413', async () => {
		const answer = await postChunked(
			'/connexion',
			{ origin: baseUrl(), accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			`pseudonym=Camille&password=${'x'.repeat(900_000)}`
		);
		expect(answer.status).toBe(413);
	});
});

describe('answers outside the pages', () => {
	it('an unknown API path is an RFC 9457 problem, not the HTML page', async () => {
		for (const path of ['/api/v1/nothing-here', '/api/v1/conversations/x/y/z', '/api/v2/me']) {
			const response = await fetch(`${baseUrl()}${path}`, { headers: { 'accept-language': 'en' } });
			expect(response.status, path).toBe(404);
			expect(response.headers.get('content-type'), path).toContain('application/problem+json');
			expect(await response.json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
		}
	});

	it('a public page served again to visitors never reuses a CSP nonce', async () => {
		// Public pages (no JavaScript of the app) allow their one inline script by its hash; a page kept for
		// visitors (public-page-cache.ts) must not turn a nonce into a constant if one is ever allowed.
		const policies: string[] = [];
		for (let index = 0; index < 3; index += 1) {
			const response = await fetch(`${baseUrl()}/urgence`);
			expect(response.status).toBe(200);
			policies.push(response.headers.get('content-security-policy') ?? '');
		}
		const nonces = policies.map((policy) => /'nonce-([^']+)'/.exec(policy)?.[1]);
		if (nonces.every((nonce) => nonce === undefined))
			for (const policy of policies) expect(policy).toMatch(/script-src 'self' 'sha256-/);
		else expect(new Set(nonces).size).toBe(3);
	});

	it('a page revalidated with its ETag keeps its own policy (a 304 carries none to merge)', async () => {
		// Browsers merge a 304's headers into the page they kept: a default-src 'none' there blocked the
		// page's style sheets on every revisit of a public page after it left the page cache.
		// An address of its own: this is about SvelteKit's own 304, once the kept page has gone.
		const page = `${baseUrl()}/urgence?revalidation=${Date.now()}`;
		const first = await fetch(page);
		const etag = first.headers.get('etag');
		expect(etag, 'public pages carry an ETag').toBeTruthy();
		await new Promise((resolve) => setTimeout(resolve, 2_100)); // past PUBLIC_PAGE_CACHE_MS
		const again = await fetch(page, { headers: { 'if-none-match': etag! } });
		expect([200, 304]).toContain(again.status);
		const policy = again.headers.get('content-security-policy');
		if (again.status === 304) expect(policy).toBeNull();
		else expect(policy).toBe(first.headers.get('content-security-policy'));
	});

	it('a page kept for a session is not sent while a form post is still arriving (a sign-out may be in it)', async () => {
		// Kept answers carry an Age (they come from a cache), rendered ones do not: that tells them apart here.
		const { token } = await signUpForApi('HeldPost');
		const cookie = `ep_session=${token}`;
		const account = () => fetch(`${baseUrl()}/compte`, { headers: { cookie, 'accept-language': 'fr' } });
		expect((await account()).headers.get('age'), 'rendered').toBeNull();
		expect((await account()).headers.get('age'), 'kept').toBe('0');

		const form = 'pseudonym=HeldPost&password=not-the-password';
		const post = httpRequest(new URL('/connexion', baseUrl()), {
			method: 'POST',
			agent: false,
			headers: {
				origin: baseUrl(),
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded',
				'content-length': String(form.length)
			}
		});
		const answered = new Promise<number>((resolve, reject) => {
			post.on('response', (response) => {
				response.resume();
				resolve(response.statusCode ?? 0);
			});
			post.on('error', reject);
		});
		post.write(form.slice(0, 10));
		await new Promise((resolve) => setTimeout(resolve, 200)); // the server has its headers
		expect((await account()).headers.get('age'), 'rendered while the post is arriving').toBeNull();
		expect((await account()).headers.get('age'), 'and not kept meanwhile').toBeNull();
		post.end(form.slice(10));
		expect(await answered).toBeLessThan(500);
		expect((await account()).headers.get('age'), 'rendered after the post').toBeNull();
		expect((await account()).headers.get('age'), 'kept again').toBe('0');
	});

	it('a kept public page answers 304 to a browser that holds it, with no policy to merge', async () => {
		// A phone revisiting a public page downloads nothing again while the page is unchanged.
		const page = `${baseUrl()}/urgence?kept-revalidation=${Date.now()}`;
		const first = await fetch(page);
		const etag = first.headers.get('etag');
		expect(etag).toBeTruthy();
		const again = await fetch(page, { headers: { 'if-none-match': etag! } });
		expect(again.headers.get('age'), 'from the kept pages').not.toBeNull();
		expect(again.status).toBe(304);
		expect(again.headers.get('etag')).toBe(etag);
		expect(again.headers.get('content-security-policy')).toBeNull();
		expect(await again.text()).toBe('');
		const changed = await fetch(page, { headers: { 'if-none-match': '"something-else"' } });
		expect(changed.status).toBe(200);
		expect(changed.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'));
	});

	it('static files carry the security headers that apply to them', async () => {
		const home = await fetch(`${baseUrl()}/`);
		// The home page ships no JavaScript (csr = false): its style sheet is the app's static file.
		const script = (await home.text()).match(/\/_app\/immutable\/[^"']+\.(?:js|css)/)?.[0];
		expect(script, 'a static file of the app in the home page').toBeDefined();
		// A static file a browser may open as a document (an SVG) gets the pages' full set.
		const favicon = await fetch(`${baseUrl()}/favicon.svg`);
		expect(favicon.status).toBe(200);
		for (const name of [
			'x-content-type-options',
			'x-frame-options',
			'referrer-policy',
			'cross-origin-opener-policy',
			'cross-origin-resource-policy',
			'permissions-policy'
		]) {
			expect(favicon.headers.get(name), `${name} on the favicon`).toBe(home.headers.get(name));
		}
		expect(favicon.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		// Built scripts and style sheets: what applies to a sub-resource (no sniffing, no cross-site loading),
		// without the document-only policies or validators a phone would download a dozen times a page.
		const asset = await fetch(`${baseUrl()}${script}`);
		expect(asset.status).toBe(200);
		expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
		expect(asset.headers.get('cross-origin-resource-policy')).toBe('same-origin');
		expect(asset.headers.get('cache-control')).toContain('immutable');
		for (const name of ['x-frame-options', 'permissions-policy', 'etag', 'last-modified'])
			expect(asset.headers.get(name), `${name} on ${script}`).toBeNull();
	});
});
