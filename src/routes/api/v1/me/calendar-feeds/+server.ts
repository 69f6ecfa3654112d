import { createCalendarFeed, listCalendarFeeds } from '$core/gatherings';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** My calendar feeds: when made, whether revoked (never a token). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => ({ feeds: await listCalendarFeeds(ctxFor(event)) }));

/** Creates a private feed; its token and URL are in this answer only. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, () => createCalendarFeed(ctxFor(event), { siteUrl: event.url.origin }), 201);
