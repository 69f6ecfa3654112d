import { requestAttestation, withdrawAttestationRequest } from '$core/recognition';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Ask an organisation to attest the credential ({ organisationId }). */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () =>
		requestAttestation(ctxFor(event), {
			...((await readJson(event.request)) as object),
			credentialId: event.params.credentialId
		} as never)
	);

/** Withdraw the pending request. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, () =>
		withdrawAttestationRequest(ctxFor(event), { credentialId: event.params.credentialId })
	);
