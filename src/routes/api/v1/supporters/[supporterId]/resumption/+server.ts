import { requestResumption } from '$core/matching';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Asks a supporter who accompanied me before to start again: a new contact request. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, () => requestResumption(ctxFor(event), { supporterId: event.params.supporterId }), 201);
