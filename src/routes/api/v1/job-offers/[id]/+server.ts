import { getJobOffer } from '$core/offers';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** An offer; with the actor's answer, and every answer for the structure's coordinators. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => getJobOffer(ctxFor(event), { id: event.params.id }));
