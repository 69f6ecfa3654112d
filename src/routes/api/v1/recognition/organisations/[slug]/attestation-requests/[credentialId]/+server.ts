import { decideAttestation } from '$core/recognition';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Attest or decline ({ decision, seenVersion }). */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () =>
		decideAttestation(ctxFor(event), {
			...((await readJson(event.request)) as object),
			slug: event.params.slug,
			credentialId: event.params.credentialId
		} as never)
	);
