import { revokeAttestation } from '$core/recognition';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Revoke an attestation: its code then verifies as revoked. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, () =>
		revokeAttestation(ctxFor(event), { slug: event.params.slug, attestationId: event.params.attestationId })
	);
