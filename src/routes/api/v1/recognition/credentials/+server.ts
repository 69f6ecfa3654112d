import { createCredential, listMyCredentials } from '$core/recognition';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The actor's credentials wallet. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const { credentials, attestationName } = await listMyCredentials(ctxFor(event));
		return { credentials, attestationName };
	});

/** Record a credential (CreateCredentialSchema); 201 with its id. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => createCredential(ctxFor(event), (await readJson(event.request)) as never),
		201
	);
