import { withdrawJobOffer } from '$core/offers';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Withdraw an offer for good: applicants whose answer was pending are told. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, () => withdrawJobOffer(ctxFor(event), { offerId: event.params.id }));
