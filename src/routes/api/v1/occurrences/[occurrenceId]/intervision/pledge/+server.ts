import { pledgeConfidentiality } from '$core/gatherings';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Pledges confidentiality before entering (once; pledging again keeps the first date). No body. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, () => pledgeConfidentiality(ctxFor(event), { occurrenceId: event.params.occurrenceId }));
