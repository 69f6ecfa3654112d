import { myEmergencyContacts } from '$core/care';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The contacts of my organisations, as on the emergency page (after the national numbers). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => ({ organisations: await myEmergencyContacts(ctxFor(event)) }));
