import { findMatches } from '$core/matching';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** My help request's ranked, explained peer supporters, labels in the request's language. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		findMatches(ctxFor(event), {
			helpRequestId: event.params.helpRequestId,
			locale: event.locals.locale
		})
	);
