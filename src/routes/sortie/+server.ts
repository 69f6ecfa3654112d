import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** Quick exit without JavaScript: straight to a neutral site, with nothing of this page cached. */
export const GET: RequestHandler = () =>
	new Response(null, {
		status: 303,
		headers: {
			location: getRuntime().config.QUICK_EXIT_URL,
			'cache-control': 'no-store',
			'clear-site-data': '"cache"'
		}
	});
