import { attestationPdf, getAttestation } from '$core/recognition';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The attestation as a PDF, for the supporter it is about and the issuing organisation's coordinators. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const attestation = await getAttestation(ctxFor(event), { attestationId: event.params.attestationId });
		const pdf = await attestationPdf(attestation, {
			locale: event.locals.locale,
			verifyUrl: `${event.url.origin}/attestations/verifier`
		});
		return new Response(pdf as BodyInit, {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `inline; filename="attestation-${attestation.periodStart}-${attestation.periodEnd}.pdf"`
			}
		});
	});
