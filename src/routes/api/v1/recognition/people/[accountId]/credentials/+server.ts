import { visibleCredentials } from '$core/recognition';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The person's credentials the actor may see (per the audience each was given). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => ({
		credentials: await visibleCredentials(ctxFor(event), { accountId: event.params.accountId })
	}));
