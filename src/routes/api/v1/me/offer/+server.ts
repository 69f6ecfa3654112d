import { saveSupporterOffer, setOfferPause, supporterDashboard } from '$core/matching';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The supporter's dashboard: my offer, the contact requests waiting for me, my open accompaniments. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => supporterDashboard(ctxFor(event), { locale: event.locals.locale }));

/** Publishes or replaces my offer; `experienceIds`, `formats`, `languages`, `availability` are arrays. */
export const PUT: RequestHandler = (event) =>
	apiResponse(event, async () =>
		saveSupporterOffer(
			ctxFor(event),
			(await readJson(event.request)) as Parameters<typeof saveSupporterOffer>[1]
		)
	);

/** Pauses or resumes my offer: `{ "paused": true }`. */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return setOfferPause(ctxFor(event), { paused: body.paused });
	});
