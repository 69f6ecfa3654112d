import { resumeRole } from '$core/pathway';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Comes back from a pause: the supporter offer is open again. */
export const POST: RequestHandler = (event) => apiResponse(event, () => resumeRole(ctxFor(event)));
