import { getPath } from '$core/pathway';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** A path, its steps and the enrolments the caller may see, with where each stands. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => getPath(ctxFor(event), { pathId: event.params.pathId }));
