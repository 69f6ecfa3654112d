import { editJobOffer, getJobOffer } from '$core/offers';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** An offer; with the actor's answer, and every answer for the structure's coordinators. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => getJobOffer(ctxFor(event), { id: event.params.id }));

/** Edit a published offer (EditJobOfferSchema: every field again), for its organisation's coordinators. */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () =>
		editJobOffer(ctxFor(event), {
			...((await readJson(event.request)) as object),
			offerId: event.params.id
		} as never)
	);
