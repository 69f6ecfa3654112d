import { signIn, signOut } from '$core/accounts';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Signs in and returns a bearer token for API clients. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			const session = await signIn(ctxFor(event), {
				pseudonym: body.pseudonym,
				password: body.password,
				kind: 'api'
			} as Parameters<typeof signIn>[1]);
			return {
				token: session.token,
				expiresAt: session.expiresAt,
				accountId: session.accountId,
				pseudonym: session.pseudonym
			};
		},
		201
	);

/** Ends the session whose token authenticates this request. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, async () => {
		if (event.locals.sessionToken) await signOut(ctxFor(event), { token: event.locals.sessionToken });
	});
