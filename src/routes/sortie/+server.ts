import type { RequestEvent } from '@sveltejs/kit';
import { signOut } from '$core/accounts';
import { ctxFor } from '$lib/server/context';
import { clearSessionCookie } from '$lib/server/cookies';
import { log } from '$lib/server/logger';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/**
 * Quick exit ends the session on the server, so that "back", another tab or the same cookie shows nothing
 * private afterwards. Leaving must never fail: a database error is logged, and the person still leaves.
 */
async function endSession(event: RequestEvent): Promise<void> {
	clearSessionCookie(event.cookies);
	if (!event.locals.sessionToken) return;
	try {
		await signOut(ctxFor(event), { token: event.locals.sessionToken });
	} catch (error) {
		log('error', 'quick-exit.sign-out-failed', {
			requestId: event.locals.requestId,
			error: error instanceof Error ? error.message : String(error)
		});
	}
}

// "storage" also unregisters the plan's service worker and empties its offline copy (core/plans).
const NOTHING_KEPT = { 'cache-control': 'no-store', 'clear-site-data': '"cache", "storage"' };

/** The quick-exit link without JavaScript: signed out, then straight to a neutral site. */
export const GET: RequestHandler = async (event) => {
	await endSession(event);
	return new Response(null, {
		status: 303,
		headers: { location: getRuntime().config.QUICK_EXIT_URL, ...NOTHING_KEPT }
	});
};

/** Quick exit with JavaScript: the page waits for this answer (one second at most), then leaves. */
export const POST: RequestHandler = async (event) => {
	await endSession(event);
	return new Response(null, { status: 204, headers: NOTHING_KEPT });
};
