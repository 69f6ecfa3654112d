import {
	CreatePlanLinkSchema,
	GetMyPlanSchema,
	PlanContentSchema,
	SharePlanWithSupporterSchema
} from '$core/plans';
import { errors, fromZod, jsonBody, nullable, ok, queryFromZod, ref, uuidParameter } from './openapi-parts';

/**
 * My plan (recovery and crisis plan) in the OpenAPI document: the owner's endpoints only. What a chosen
 * supporter reads is the page /accompagnements/{id}/plan; a link's holder reads /plan-partage/{token}
 * (HTML, no session: the token is the credential). Request bodies come from the use cases' zod schemas.
 */
const dateTime = { type: 'string', format: 'date-time' };
const uuid = { type: 'string', format: 'uuid' };
const shareKind = { enum: ['supporter', 'link'] };

export const planPaths = {
	'/me/plan': {
		get: {
			summary: 'My plan: the current version (or ?version=n) and every version’s number and date',
			parameters: queryFromZod(GetMyPlanSchema),
			responses: { '200': ok('My plan', ref('MyPlan')), ...errors(400, 401, 404) }
		},
		put: {
			summary: 'Save my plan as a new version (none when nothing changed)',
			requestBody: jsonBody(fromZod(PlanContentSchema)),
			responses: {
				'200': ok('Saved', {
					type: 'object',
					properties: { version: { type: 'integer' }, changed: { type: 'boolean' } }
				}),
				...errors(400, 401, 413, 429)
			}
		}
	},
	'/me/plan/shares': {
		get: {
			summary: 'My shares with their state, and the open accompaniments I could share with (never a token)',
			responses: { '200': ok('Shares', ref('PlanShares')), ...errors(401) }
		},
		post: {
			summary:
				'Share my plan with the supporter of one of my open accompaniments, or by a secret link for a named person (1 to 30 days; its token is in this answer only; 5 live links at most)',
			requestBody: jsonBody({
				oneOf: [
					{
						allOf: [
							fromZod(SharePlanWithSupporterSchema),
							{ type: 'object', required: ['kind'], properties: { kind: { const: 'supporter' } } }
						]
					},
					{
						allOf: [
							fromZod(CreatePlanLinkSchema),
							{ type: 'object', required: ['kind'], properties: { kind: { const: 'link' } } }
						]
					}
				]
			}),
			responses: {
				'201': ok('The share (a link: with its token and URL, shown once)', ref('NewPlanShare')),
				...errors(400, 401, 404, 409)
			}
		}
	},
	'/me/plan/shares/{shareId}': {
		delete: {
			summary: 'End one of my shares: the supporter can no longer open it, the link answers 404',
			parameters: [uuidParameter('shareId')],
			responses: { '204': ok('Revoked'), ...errors(400, 401, 404) }
		}
	},
	'/me/plan/accesses': {
		get: {
			summary: 'Who opened my plan and when, newest first',
			responses: {
				'200': ok('Openings', {
					type: 'object',
					properties: { accesses: { type: 'array', items: ref('PlanAccess') } }
				}),
				...errors(401)
			}
		}
	}
};

export const planSchemas = {
	MyPlan: {
		type: 'object',
		properties: {
			exists: { type: 'boolean' },
			currentVersion: { type: 'integer' },
			shown: nullable({ type: 'object', properties: { number: { type: 'integer' }, createdAt: dateTime } }),
			content: fromZod(PlanContentSchema),
			versions: {
				type: 'array',
				items: { type: 'object', properties: { number: { type: 'integer' }, createdAt: dateTime } }
			}
		}
	},
	PlanShares: {
		type: 'object',
		properties: {
			shares: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						id: uuid,
						kind: shareKind,
						accompanimentId: nullable(uuid),
						supporterPseudonym: nullable({ type: 'string' }),
						recipientName: { type: 'string' },
						createdAt: dateTime,
						expiresAt: nullable(dateTime),
						revokedAt: nullable(dateTime),
						state: { enum: ['live', 'expired', 'revoked', 'ended'] }
					}
				}
			},
			accompaniments: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						accompanimentId: uuid,
						supporterPseudonym: { type: 'string' },
						shared: { type: 'boolean' }
					}
				}
			}
		}
	},
	NewPlanShare: {
		type: 'object',
		properties: {
			id: uuid,
			token: { type: 'string', description: 'A link only: 32 random bytes, base64url; shown once' },
			path: { type: 'string', description: 'A link only: /plan-partage/{token}' },
			url: { type: 'string' },
			expiresAt: dateTime
		}
	},
	PlanAccess: {
		type: 'object',
		properties: {
			id: uuid,
			kind: shareKind,
			shareId: nullable(uuid),
			viewerPseudonym: nullable({ type: 'string', description: 'A supporter; null for a link' }),
			recipientName: nullable({ type: 'string', description: 'A link: the name I gave it' }),
			openedAt: dateTime
		}
	}
};
