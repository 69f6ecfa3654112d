import { redirect } from '@sveltejs/kit';
import { signOut } from '$core/accounts';
import { ctxFor } from '$lib/server/context';
import { clearSessionCookie } from '$lib/server/cookies';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	if (event.locals.sessionToken) await signOut(ctxFor(event), { token: event.locals.sessionToken });
	clearSessionCookie(event.cookies);
	redirect(303, '/?au-revoir');
};
