/** The one cache the plan's service worker uses (see src/routes/mon-plan/sw.js). */
export const PLAN_CACHE = 'entrepairs-mon-plan';

/**
 * Registers the service worker scoped to /mon-plan and stores the page as it is now, so the last version
 * read opens offline. The page fetches itself (with the session cookie) rather than copying the DOM,
 * which the app has changed since. Failures are silent: offline reading is a bonus, never a requirement.
 */
export function keepPlanOffline(): void {
	if (!('serviceWorker' in navigator) || !('caches' in window)) return;
	navigator.serviceWorker.register('/mon-plan/sw.js', { scope: '/mon-plan' }).catch(() => undefined);
	fetch('/mon-plan', { credentials: 'same-origin', redirect: 'manual' })
		.then(async (response) => {
			if (response.status !== 200) return;
			const cache = await caches.open(PLAN_CACHE);
			await cache.put('/mon-plan', response);
		})
		.catch(() => undefined);
}
