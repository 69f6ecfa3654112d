import { getService } from '$core/offers';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** A published service, the actor's unused vouchers for it and what they may do. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => getService(ctxFor(event), { id: event.params.id }));
