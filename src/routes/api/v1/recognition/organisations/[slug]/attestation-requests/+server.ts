import { listAttestationRequests } from '$core/recognition';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Credentials waiting for the organisation's attestation (its coordinators). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const { requests } = await listAttestationRequests(ctxFor(event), { slug: event.params.slug });
		return { requests };
	});
