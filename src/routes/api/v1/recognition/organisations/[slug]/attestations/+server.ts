import { issueAttestation, listOrganisationAttestations } from '$core/recognition';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The organisation's attestations (coordinators). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => ({
		attestations: await listOrganisationAttestations(ctxFor(event), { slug: event.params.slug })
	}));

/** Issue an attestation ({ accountId, periodStart, periodEnd }); 201 with it, code included. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () =>
			issueAttestation(ctxFor(event), {
				...((await readJson(event.request)) as object),
				slug: event.params.slug
			} as never),
		201
	);
