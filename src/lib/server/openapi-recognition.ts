import {
	CreateCredentialSchema,
	DecideAttestationSchema,
	IssueAttestationSchema,
	LogActivitySchema,
	RequestAttestationSchema,
	SetAttestationNameSchema,
	SetCredentialAudienceSchema,
	UpdateActivitySchema,
	UpdateCredentialSchema,
	VerifyAttestationSchema
} from '$core/recognition';
import { errors, fromZod, jsonBody, ok, uuidParameter } from './openapi-parts';

/**
 * Recognition of peer supporters' work: credentials (self-declared or attested), the activity log, and
 * attestations with their public verification. Request bodies come from the zod schemas the use cases
 * validate with; path parameters are added by the endpoints (leave them out of the body). What the actor
 * may not see is 404.
 */
const slug = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };
const object = { type: 'object' };
const without = (schema: object, ...names: string[]) => {
	const json = schema as { properties?: Record<string, unknown>; required?: string[] };
	return {
		...json,
		properties: Object.fromEntries(
			Object.entries(json.properties ?? {}).filter(([name]) => !names.includes(name))
		),
		required: (json.required ?? []).filter((name) => !names.includes(name))
	};
};
const totals = {
	type: 'array',
	items: {
		type: 'object',
		properties: { kind: { type: 'string' }, count: { type: 'integer' }, minutes: { type: 'integer' } }
	}
};
const verified = {
	type: 'object',
	description: 'found: false, or only what the attestation says',
	properties: {
		found: { type: 'boolean' },
		supporterName: { type: 'string' },
		organisationName: { type: 'string' },
		periodStart: { type: 'string', format: 'date' },
		periodEnd: { type: 'string', format: 'date' },
		totals,
		totalMinutes: { type: 'integer' },
		issuedAt: { type: 'string', format: 'date-time' },
		revoked: { type: 'boolean' },
		revokedAt: { type: ['string', 'null'], format: 'date-time' }
	},
	required: ['found']
};

export const recognitionPaths = {
	'/recognition/credentials': {
		get: {
			summary: 'The actor’s credentials wallet',
			responses: { '200': ok('Credentials', object), ...errors(401) }
		},
		post: {
			summary: 'Record a credential (self-declared, seen by the owner only unless an audience is given)',
			requestBody: jsonBody(fromZod(CreateCredentialSchema)),
			responses: { '201': ok('Created', object), ...errors(400, 401, 413) }
		}
	},
	'/recognition/credentials/{credentialId}': {
		patch: {
			summary:
				'Edit a credential; changing what an attested one says removes the attestation (confirmLoseAttestation)',
			parameters: [uuidParameter('credentialId')],
			requestBody: jsonBody(without(fromZod(UpdateCredentialSchema), 'credentialId')),
			responses: { '200': ok('Saved', object), ...errors(400, 401, 404, 413) }
		},
		delete: {
			summary: 'Delete a credential',
			parameters: [uuidParameter('credentialId')],
			responses: { '204': ok('Deleted'), ...errors(401, 404) }
		}
	},
	'/recognition/credentials/{credentialId}/audience': {
		put: {
			summary: 'Choose who sees a credential (the experiences’ audiences)',
			parameters: [uuidParameter('credentialId')],
			requestBody: jsonBody(without(fromZod(SetCredentialAudienceSchema), 'credentialId')),
			responses: { '200': ok('Saved', object), ...errors(400, 401, 404, 413) }
		}
	},
	'/recognition/credentials/{credentialId}/attestation-request': {
		post: {
			summary: 'Ask an organisation one is an active member of to attest the credential',
			parameters: [uuidParameter('credentialId')],
			requestBody: jsonBody(without(fromZod(RequestAttestationSchema), 'credentialId')),
			responses: { '200': ok('Requested', object), ...errors(400, 401, 404, 409, 413) }
		},
		delete: {
			summary: 'Withdraw the pending attestation request',
			parameters: [uuidParameter('credentialId')],
			responses: { '204': ok('Withdrawn'), ...errors(401, 404) }
		}
	},
	'/recognition/people/{accountId}/credentials': {
		get: {
			summary: 'A person’s credentials the actor may see',
			parameters: [uuidParameter('accountId')],
			responses: { '200': ok('Credentials', object), ...errors(400, 401) }
		}
	},
	'/recognition/activity': {
		get: {
			summary: 'The actor’s activity log and totals',
			parameters: ['from', 'to'].map((name) => ({
				name,
				in: 'query',
				required: false,
				schema: { type: 'string', format: 'date' }
			})),
			responses: { '200': ok('Entries and totals', object), ...errors(400, 401) }
		},
		post: {
			summary: 'Log an activity (never who was supported; the note is private)',
			requestBody: jsonBody(fromZod(LogActivitySchema)),
			responses: { '201': ok('Created', object), ...errors(400, 401, 413) }
		}
	},
	'/recognition/activity/import': {
		post: {
			summary: 'Fill the log from accompaniments and sessions (idempotent); no body needed ({} accepted)',
			responses: { '200': ok('How many were added', object), ...errors(401) }
		}
	},
	'/recognition/activity/{entryId}': {
		patch: {
			summary: 'Correct an entry',
			parameters: [uuidParameter('entryId')],
			requestBody: jsonBody(without(fromZod(UpdateActivitySchema), 'entryId')),
			responses: { '200': ok('Saved', object), ...errors(400, 401, 404, 413) }
		},
		delete: {
			summary: 'Remove an entry (an automatic one stays dismissed)',
			parameters: [uuidParameter('entryId')],
			responses: { '204': ok('Removed'), ...errors(401, 404) }
		}
	},
	'/recognition/attestation-name': {
		put: {
			summary: 'The name attestations will carry (empty: the pseudonym)',
			requestBody: jsonBody(fromZod(SetAttestationNameSchema)),
			responses: { '200': ok('Saved', object), ...errors(400, 401, 413) }
		}
	},
	'/recognition/attestations': {
		get: {
			summary: 'Attestations issued to the actor',
			responses: { '200': ok('Attestations', object), ...errors(401) }
		}
	},
	'/recognition/attestations/{attestationId}/pdf': {
		get: {
			summary: 'An attestation as PDF (its supporter, the issuing organisation’s coordinators)',
			parameters: [uuidParameter('attestationId')],
			responses: {
				'200': {
					description: 'PDF',
					content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } }
				},
				...errors(400, 401, 404)
			}
		}
	},
	'/recognition/attestations/verify': {
		post: {
			summary: 'Check an attestation code (no account; throttled per address)',
			security: [],
			requestBody: jsonBody(fromZod(VerifyAttestationSchema)),
			responses: { '200': ok('Verdict', verified), ...errors(400, 413, 429) }
		}
	},
	'/recognition/organisations/{slug}/attestation-requests': {
		get: {
			summary: 'Credentials waiting for the organisation’s attestation (coordinators)',
			parameters: [slug],
			responses: { '200': ok('Requests', object), ...errors(401, 404) }
		}
	},
	'/recognition/organisations/{slug}/attestation-requests/{credentialId}': {
		post: {
			summary: 'Attest or decline; seenVersion is the credential’s updatedAt as read',
			parameters: [slug, uuidParameter('credentialId')],
			requestBody: jsonBody(without(fromZod(DecideAttestationSchema), 'slug', 'credentialId')),
			responses: { '200': ok('Decided', object), ...errors(400, 401, 404, 409, 413) }
		}
	},
	'/recognition/organisations/{slug}/activity': {
		get: {
			summary:
				'The organisation’s peer supporters and one’s entries for it (coordinators; never the private note)',
			parameters: [
				slug,
				{ name: 'accountId', in: 'query', required: false, schema: { type: 'string', format: 'uuid' } },
				...['from', 'to'].map((name) => ({
					name,
					in: 'query',
					required: false,
					schema: { type: 'string', format: 'date' }
				}))
			],
			responses: { '200': ok('Activity', object), ...errors(400, 401, 404) }
		}
	},
	'/recognition/organisations/{slug}/attestations': {
		get: {
			summary: 'The organisation’s attestations (coordinators)',
			parameters: [slug],
			responses: { '200': ok('Attestations', object), ...errors(401, 404) }
		},
		post: {
			summary: 'Issue an attestation for a period (the supporter is notified)',
			parameters: [slug],
			requestBody: jsonBody(without(fromZod(IssueAttestationSchema), 'slug')),
			responses: { '201': ok('Issued, code included', object), ...errors(400, 401, 404, 413) }
		}
	},
	'/recognition/organisations/{slug}/attestations/{attestationId}/revoke': {
		post: {
			summary: 'Revoke an attestation',
			parameters: [slug, uuidParameter('attestationId')],
			responses: { '200': ok('Revoked', object), ...errors(401, 404, 409) }
		}
	}
};
