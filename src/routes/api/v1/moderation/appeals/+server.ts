import { appealQueue } from '$core/moderation';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The appeals this person reviews (`status`: open or decided, `limit`). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		appealQueue(
			ctxFor(event),
			Object.fromEntries(event.url.searchParams) as Parameters<typeof appealQueue>[1]
		)
	);
