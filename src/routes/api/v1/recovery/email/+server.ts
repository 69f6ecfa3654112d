import { requestRecoveryEmail } from '$core/accounts';
import { DomainError } from '$core/shared';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import { requestMailer } from '$lib/server/request-mailer';
import type { RequestHandler } from './$types';

/** Asks for a recovery link by email: 202 whether or not an account matches (nothing to probe). */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			const mail = requestMailer();
			if (!mail) throw new DomainError('NOT_FOUND');
			await requestRecoveryEmail(ctxFor(event), { identifier: body.identifier } as never, mail);
			return { accepted: true };
		},
		202
	);
