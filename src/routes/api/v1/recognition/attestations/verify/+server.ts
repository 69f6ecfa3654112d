import { verifyAttestation } from '$core/recognition';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Check an attestation's code ({ code }); throttled per address. Only what the attestation says. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => verifyAttestation(ctxFor(event), (await readJson(event.request)) as never));
