import { myOffersSpace } from '$core/offers';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The actor's vouchers, bookings (made and to answer), services and answers to offers. */
export const GET: RequestHandler = (event) => apiResponse(event, () => myOffersSpace(ctxFor(event)));
