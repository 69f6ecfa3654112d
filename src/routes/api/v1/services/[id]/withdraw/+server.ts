import { withdrawService } from '$core/offers';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Withdraw a service for good: waiting bookings end and their requesters are told. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, () => withdrawService(ctxFor(event), { serviceId: event.params.id }));
