import { getGatheringPreferences, setGatheringPreferences } from '$core/gatherings';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** My choices for sessions: discreet titles, the day-before reminder. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => getGatheringPreferences(ctxFor(event)));

/** `{ "discreet": true, "reminders": false }`; a field left out keeps its value. */
export const PUT: RequestHandler = (event) =>
	apiResponse(event, async () =>
		setGatheringPreferences(
			ctxFor(event),
			(await readJson(event.request)) as Parameters<typeof setGatheringPreferences>[1]
		)
	);
