import { recoverWithCode } from '$core/accounts';
import { DomainError } from '$core/shared';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Sets a new password with a recovery code, and returns a bearer token like POST /session. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			const recovered = await recoverWithCode(ctxFor(event), {
				pseudonym: body.pseudonym,
				code: body.code,
				newPassword: body.newPassword,
				kind: 'api'
			} as Parameters<typeof recoverWithCode>[1]);
			// Suspended: the password is changed, but no session is opened.
			if (!recovered.session) throw new DomainError('FORBIDDEN', 'recovery.suspendedDone');
			return {
				token: recovered.session.token,
				expiresAt: recovered.session.expiresAt,
				accountId: recovered.accountId,
				pseudonym: recovered.pseudonym
			};
		},
		201
	);
