import { revokeAttestation } from '$core/recognition';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Revoke an attestation with `{ reason }`: its code then verifies as revoked; its holder is told why. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return revokeAttestation(ctxFor(event), {
			...(body as object),
			slug: event.params.slug,
			attestationId: event.params.attestationId
		} as never);
	});
