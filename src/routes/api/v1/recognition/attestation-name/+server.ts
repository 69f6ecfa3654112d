import { setAttestationName } from '$core/recognition';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The name attestations will carry ({ attestationName }; empty: the pseudonym). */
export const PUT: RequestHandler = (event) =>
	apiResponse(event, async () => setAttestationName(ctxFor(event), (await readJson(event.request)) as never));
