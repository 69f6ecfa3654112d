import { supporterAvailability } from '$core/care';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Whether the supporter is away, and then the organisation's contacts and next duty time. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		supporterAvailability(ctxFor(event), { accompanimentId: event.params.accompanimentId })
	);
