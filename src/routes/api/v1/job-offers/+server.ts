import { listJobOffers, publishJobOffer } from '$core/offers';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Open missions and job offers (?departement=&contract=). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => ({
		offers: await listJobOffers(
			ctxFor(event),
			Object.fromEntries([...event.url.searchParams].filter(([, value]) => value !== ''))
		)
	}));

/** A coordinator publishes an offer for their organisation (PublishJobOfferSchema); 201. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => publishJobOffer(ctxFor(event), (await readJson(event.request)) as never),
		201
	);
