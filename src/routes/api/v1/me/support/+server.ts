import { mySupport } from '$core/matching';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** My side of peer support: my help requests, my contact requests, my accompaniments (either side). */
export const GET: RequestHandler = (event) => apiResponse(event, () => mySupport(ctxFor(event)));
