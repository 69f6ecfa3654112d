import { revokeCalendarFeed } from '$core/gatherings';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Revokes one of my feeds: its URL answers 404 from now on. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, async () => {
		await revokeCalendarFeed(ctxFor(event), { feedId: event.params.feedId });
		return undefined;
	});
