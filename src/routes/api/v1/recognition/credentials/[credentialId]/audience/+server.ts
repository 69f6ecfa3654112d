import { setCredentialAudience } from '$core/recognition';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Choose who sees a credential ({ audience }). */
export const PUT: RequestHandler = (event) =>
	apiResponse(event, async () =>
		setCredentialAudience(ctxFor(event), {
			...((await readJson(event.request)) as object),
			credentialId: event.params.credentialId
		} as never)
	);
