import { EditJobOfferSchema, EditServiceSchema } from '$core/offers';
import { RevokeAttestationSchema } from '$core/recognition';
import { offersPaths } from './openapi-offers';
import { recognitionPaths } from './openapi-recognition';
import { errors, fromZod, jsonBody, ok, uuidParameter } from './openapi-parts';

/**
 * Editing and withdrawing services and job offers, and revoking an attestation with its reason. Paths
 * shared with openapi-offers.ts and openapi-recognition.ts keep their operations (this object is spread
 * after theirs) and gain the new ones. Path ids are taken from the path, not the body.
 */
const id = uuidParameter('id');
const object = { type: 'object' };
const without = (schema: object, ...names: string[]) => {
	const copy = structuredClone(schema) as { properties?: Record<string, unknown>; required?: string[] };
	for (const name of names) delete copy.properties?.[name];
	if (copy.required) copy.required = copy.required.filter((name) => !names.includes(name));
	return copy;
};
const revoke = '/recognition/organisations/{slug}/attestations/{attestationId}/revoke';

export const workPaths = {
	'/services/{id}': {
		...offersPaths['/services/{id}'],
		patch: {
			parameters: [id],
			summary:
				'Its provider (the peer, or the organisation’s coordinators) edits a service: every field again; not once withdrawn (409)',
			requestBody: jsonBody(without(fromZod(EditServiceSchema), 'serviceId')),
			responses: { '200': ok('Edited', object), ...errors(400, 401, 403, 404, 409) }
		}
	},
	'/services/{id}/withdraw': {
		post: {
			parameters: [id],
			summary:
				'Withdraw a service for good: it leaves lists, the directory and open data; bookings still waiting end (a voucher is its holder’s again) and their requesters are told',
			responses: { '200': ok('Withdrawn', object), ...errors(401, 403, 404, 409) }
		}
	},
	'/job-offers/{id}': {
		...offersPaths['/job-offers/{id}'],
		patch: {
			parameters: [id],
			summary:
				'The organisation’s coordinators edit a published offer: every field again (409 once withdrawn)',
			requestBody: jsonBody(without(fromZod(EditJobOfferSchema), 'offerId')),
			responses: { '200': ok('Edited', object), ...errors(400, 401, 403, 404, 409) }
		}
	},
	'/job-offers/{id}/withdraw': {
		post: {
			parameters: [id],
			summary:
				'Withdraw an offer for good: applicants whose answer was pending are told; answers cannot move any more',
			responses: { '200': ok('Withdrawn', object), ...errors(401, 403, 404, 409) }
		}
	},
	[revoke]: {
		post: {
			...recognitionPaths[revoke].post,
			summary:
				'Revoke an attestation with a reason: its holder is told and reads the reason; the verification page says only that it was revoked',
			requestBody: jsonBody(without(fromZod(RevokeAttestationSchema), 'slug', 'attestationId')),
			responses: { '200': ok('Revoked', object), ...errors(400, 401, 404, 409) }
		}
	}
};
