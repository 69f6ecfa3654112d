import type { RequestHandler } from './$types';
import { PLAN_CACHE } from '$lib/plan-offline';

/**
 * The plan's service worker, scoped to /mon-plan (Service-Worker-Allowed lets it cover /mon-plan itself,
 * not only /mon-plan/…). It handles one request only, the navigation to /mon-plan with no query: from the
 * network when it answers (kept when it is the signed-in person's page, replaced by the next person's,
 * the cache emptied when signed out or refused), from the cache when the network or the server fails.
 * Nothing else is ever cached, and nothing outside /mon-plan passes through it. Quick exit and sign-out
 * clear it (Clear-Site-Data).
 */
const SCRIPT = `'use strict';
const CACHE = ${JSON.stringify(PLAN_CACHE)};
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.mode !== 'navigate' || url.origin !== self.location.origin) return;
	if (url.pathname !== '/mon-plan' || url.search !== '') return;
	event.respondWith(
		fetch(request).then(
			async (response) => {
				if (response.type === 'basic' && response.status === 200) {
					const cache = await caches.open(CACHE);
					await cache.put('/mon-plan', response.clone());
					return response;
				}
				// Signed out (a redirect to sign in) or refused: the copy is not this person's to keep.
				if (response.type === 'opaqueredirect' || (response.status >= 400 && response.status < 500)) {
					await caches.delete(CACHE);
					return response;
				}
				// The server is in trouble: the copy kept is better than an error page.
				return (await caches.match('/mon-plan', { cacheName: CACHE })) || response;
			},
			async () => (await caches.match('/mon-plan', { cacheName: CACHE })) || Response.error()
		)
	);
});
`;

export const GET: RequestHandler = () =>
	new Response(SCRIPT, {
		headers: {
			'content-type': 'text/javascript; charset=utf-8',
			'cache-control': 'no-cache',
			'service-worker-allowed': '/mon-plan'
		}
	});
