import { importMyActivity } from '$core/recognition';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Fill the log from accompaniments and sessions (idempotent); how many entries were added. */
export const POST: RequestHandler = (event) => apiResponse(event, () => importMyActivity(ctxFor(event)));
