import { viewProfile } from '$core/matching';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Another person's profile, with only the experiences their visibility choices show to me. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		viewProfile(ctxFor(event), { accountId: event.params.accountId, locale: event.locals.locale })
	);
