import { getVersionDiff } from '$core/knowledge';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** What a version changed from the one before, field by field, as word runs. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		getVersionDiff(ctxFor(event), { contributionId: event.params.id, number: event.params.number })
	);
