import { listMyAttestations } from '$core/recognition';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The attestations issued to the actor. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => ({ attestations: await listMyAttestations(ctxFor(event)) }));
