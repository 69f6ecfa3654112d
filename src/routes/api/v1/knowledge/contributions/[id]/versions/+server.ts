import { listVersions } from '$core/knowledge';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Every version of a contribution the actor may read, newest first. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => listVersions(ctxFor(event), { contributionId: event.params.id }));
