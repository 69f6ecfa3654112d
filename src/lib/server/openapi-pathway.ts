import { z } from 'zod';
import {
	AnswerHandoverSchema,
	EMPLOYMENT_STATUSES,
	PEER_ROLES,
	SheetFieldsSchema,
	StepDownSchema,
	StepSchema
} from '$core/pathway';
import { errors, fromZod, jsonBody, ok, uuidParameter } from './openapi-parts';

/**
 * Training paths, enrolments and sign-offs, mission sheets (versions, double signature, end, renewal),
 * stepping down and handover answers. Bodies come from the zod schemas the use cases validate with; the
 * ids in the path override any in the body. What the caller may not see is 404.
 */
const slug = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };
const object = { type: 'object' };
const body = (shape: z.ZodRawShape) => jsonBody(fromZod(z.object(shape)));
const fields = fromZod(SheetFieldsSchema);

export const pathwayPaths = {
	'/organisations/{slug}/peer-paths': {
		get: {
			summary: 'The organisation’s training paths, with the caller’s enrolment on each',
			parameters: [slug],
			responses: { '200': ok('Paths', object), ...errors(401, 404) }
		},
		post: {
			summary: 'Define a path and its ordered steps (coordinators)',
			parameters: [slug],
			requestBody: body({
				title: z.string(),
				description: z.string().optional(),
				steps: z.array(StepSchema).min(1).max(8)
			}),
			responses: { '201': ok('Created', object), ...errors(400, 401, 403, 404) }
		}
	},
	'/peer-paths/{pathId}': {
		get: {
			summary: 'A path, its steps and the enrolments the caller may see, with where each stands',
			parameters: [uuidParameter('pathId')],
			responses: { '200': ok('Path', object), ...errors(401, 404) }
		}
	},
	'/peer-paths/{pathId}/enrolments': {
		post: {
			summary: 'Enrol oneself, or propose the path to a member (coordinators; the member accepts)',
			parameters: [uuidParameter('pathId')],
			requestBody: body({ accountId: z.uuid().optional(), referentId: z.uuid().optional() }),
			responses: { '201': ok('Enrolled or proposed', object), ...errors(400, 401, 403, 404, 409) }
		}
	},
	'/peer-path-enrolments/{enrolmentId}/accept': {
		post: {
			summary: 'Accept a proposed enrolment',
			parameters: [uuidParameter('enrolmentId')],
			responses: { '200': ok('Accepted', object), ...errors(401, 404, 409) }
		}
	},
	'/peer-path-enrolments/{enrolmentId}/sign-offs': {
		post: {
			summary: 'Sign one step off (a coordinator or the named referent)',
			parameters: [uuidParameter('enrolmentId')],
			requestBody: body({ stepId: z.uuid() }),
			responses: { '201': ok('Signed off', object), ...errors(400, 401, 403, 404, 409) }
		}
	},
	'/organisations/{slug}/mission-sheets': {
		get: {
			summary: 'Mission sheets: all for coordinators, the caller’s own otherwise',
			parameters: [slug],
			responses: { '200': ok('Sheets', object), ...errors(401, 404) }
		},
		post: {
			summary: 'Write a mission sheet for a member (coordinators): version 1, unsigned',
			parameters: [slug],
			requestBody: jsonBody({
				type: 'object',
				required: ['supporterId', 'fields'],
				properties: { supporterId: { type: 'string', format: 'uuid' }, fields }
			}),
			responses: { '201': ok('Created', object), ...errors(400, 401, 403, 404) }
		}
	},
	'/mission-sheets/{sheetId}': {
		get: {
			summary: 'A mission sheet: the version in force, fingerprints, signatures and acts',
			description: `Roles: ${PEER_ROLES.join(', ')}. Statuses: ${EMPLOYMENT_STATUSES.join(', ')}.`,
			parameters: [uuidParameter('sheetId')],
			responses: { '200': ok('Sheet', object), ...errors(401, 404) }
		},
		put: {
			summary: 'Change the sheet (coordinators): a new version that both sides sign again',
			parameters: [uuidParameter('sheetId')],
			requestBody: jsonBody({ type: 'object', required: ['fields'], properties: { fields } }),
			responses: { '200': ok('New version', object), ...errors(400, 401, 403, 404, 409) }
		}
	},
	'/mission-sheets/{sheetId}/signatures': {
		post: {
			summary: 'Sign the version read: the supporter, or a coordinator for the organisation',
			description: 'A version replaced since it was read is not signed (409).',
			parameters: [uuidParameter('sheetId')],
			requestBody: body({ version: z.number().int().min(1) }),
			responses: { '201': ok('Signed', object), ...errors(400, 401, 403, 404, 409) }
		}
	},
	'/mission-sheets/{sheetId}/end': {
		post: {
			summary: 'End the mission (the supporter or a coordinator)',
			parameters: [uuidParameter('sheetId')],
			requestBody: body({ reason: z.string().max(1000).optional() }),
			responses: { '200': ok('Ended', object), ...errors(400, 401, 404, 409) }
		}
	},
	'/mission-sheets/{sheetId}/renew': {
		post: {
			summary: 'Renew the mission until a new date (coordinators): a new version to sign',
			parameters: [uuidParameter('sheetId')],
			requestBody: body({ endsOn: z.string(), reason: z.string().max(1000).optional() }),
			responses: { '200': ok('Renewed', object), ...errors(400, 401, 403, 404, 409) }
		}
	},
	'/me/pathway': {
		get: {
			summary: 'The caller’s paths, mission sheets, role state and handovers addressed to them',
			responses: { '200': ok('My path', object), ...errors(401) }
		}
	},
	'/me/step-down': {
		post: {
			summary: 'Step down (pause or for good), with a plan for each open accompaniment',
			requestBody: jsonBody(fromZod(StepDownSchema)),
			responses: { '201': ok('Stepped down', object), ...errors(400, 401, 409) }
		}
	},
	'/me/resume-role': {
		post: {
			summary: 'Come back from a pause: the supporter offer is open again',
			responses: { '200': ok('Resumed', object), ...errors(401) }
		}
	},
	'/handovers/{handoverId}/answer': {
		post: {
			summary: 'Accept or decline a handover proposal (the person accompanied)',
			parameters: [uuidParameter('handoverId')],
			requestBody: jsonBody(fromZod(AnswerHandoverSchema.pick({ decision: true }))),
			responses: { '200': ok('Answered', object), ...errors(400, 401, 404, 409) }
		}
	}
};
