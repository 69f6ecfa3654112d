import { signOut } from '$core/accounts';
import { ctxFor } from '$lib/server/context';
import { clearSessionCookie } from '$lib/server/cookies';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	if (event.locals.sessionToken) await signOut(ctxFor(event), { token: event.locals.sessionToken });
	clearSessionCookie(event.cookies);
	// Nothing of the person stays on the device: the offline copy of their plan and its service worker.
	return new Response(null, {
		status: 303,
		headers: { location: '/?au-revoir', 'clear-site-data': '"cache", "storage"' }
	});
};
