import { deleteCredential, updateCredential } from '$core/recognition';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Edit a credential (UpdateCredentialSchema); an attested one needs confirmLoseAttestation. */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () =>
		updateCredential(ctxFor(event), {
			...((await readJson(event.request)) as object),
			credentialId: event.params.credentialId
		} as never)
	);

/** Delete a credential. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, () => deleteCredential(ctxFor(event), { credentialId: event.params.credentialId }));
