import { cancelRegistration, registerForSession } from '$core/gatherings';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Registers me: confirmed while places are left, otherwise waiting (with my position). */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		() => registerForSession(ctxFor(event), { occurrenceId: event.params.occurrenceId }),
		201
	);

/** Cancels my registration (or leaves the waiting list); the next person waiting is promoted. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, () => cancelRegistration(ctxFor(event), { occurrenceId: event.params.occurrenceId }));
