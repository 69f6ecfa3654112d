import { decideBooking } from '$core/offers';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The provider accepts or declines a booking, once ({ decision: 'accepted' | 'declined' }). */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () =>
		decideBooking(ctxFor(event), { ...(await readJson(event.request)), bookingId: event.params.id } as never)
	);
