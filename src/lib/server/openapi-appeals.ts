import {
	APPEAL_OUTCOMES,
	APPEAL_REASON_MAX,
	APPEAL_REASON_MIN,
	APPEAL_STATUSES,
	DECISION_ACTIONS,
	STATEMENT_MAX,
	STATEMENT_MIN
} from '$core/moderation';
import { errors, jsonBody, nullable, ok, ref, uuidParameter } from './openapi-parts';

/**
 * Appeals against moderation decisions in the OpenAPI document. The person a decision concerns and the
 * reporter whose report it closed contest it once, within 30 days; anyone else gets 404 for the decision.
 * Appeals are reviewed by the audience that could decide the report, never by the person who decided
 * when anyone else can; anyone else gets 404 for an appeal, 403 for the list.
 */
const dateTime = { type: 'string', format: 'date-time' };
const appeal = uuidParameter('appealId');
const action = { enum: [...DECISION_ACTIONS] };
const status = { enum: [...APPEAL_STATUSES] };
const role = { enum: ['subject', 'reporter'] };

export const appealPaths = {
	'/me/moderation/decisions/{decisionId}/appeal': {
		post: {
			summary: 'Contest a decision about me, or the outcome of my report (once, within 30 days)',
			parameters: [uuidParameter('decisionId')],
			requestBody: jsonBody({
				type: 'object',
				required: ['reason'],
				properties: {
					reason: { type: 'string', minLength: APPEAL_REASON_MIN, maxLength: APPEAL_REASON_MAX }
				}
			}),
			responses: {
				'201': ok('Filed', ref('AppealReceipt')),
				...errors(400, 401, 404, 409)
			}
		}
	},
	'/moderation/appeals': {
		get: {
			summary:
				'The appeals I review, oldest open first (never my own decisions when someone else can review)',
			parameters: [
				{ name: 'status', in: 'query', schema: { enum: ['open', 'decided'] } },
				{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } }
			],
			responses: { '200': ok('Appeals', ref('AppealQueue')), ...errors(400, 401, 404) }
		}
	},
	'/moderation/appeals/{appealId}': {
		get: {
			summary:
				'One appeal: the decision and its statement, the appellant’s words, the reported content (logged as a staff access)',
			parameters: [appeal],
			responses: { '200': ok('Appeal', ref('AppealDetail')), ...errors(400, 401, 404) }
		}
	},
	'/moderation/appeals/{appealId}/decision': {
		post: {
			summary:
				'Uphold or reverse the decision, with a statement of reasons; a reversal undoes its effects at once',
			parameters: [appeal],
			requestBody: jsonBody({
				type: 'object',
				required: ['outcome', 'statement'],
				properties: {
					outcome: { enum: [...APPEAL_OUTCOMES] },
					statement: { type: 'string', minLength: STATEMENT_MIN, maxLength: STATEMENT_MAX }
				}
			}),
			responses: {
				'201': ok('Answered', {
					type: 'object',
					properties: {
						appealId: { type: 'string', format: 'uuid' },
						decisionId: { type: 'string', format: 'uuid' },
						outcome: { enum: [...APPEAL_OUTCOMES] }
					}
				}),
				...errors(400, 401, 404, 409)
			}
		}
	}
};

export const appealSchemas = {
	AppealReceipt: {
		type: 'object',
		properties: {
			id: { type: 'string', format: 'uuid' },
			decisionId: { type: 'string', format: 'uuid' },
			appellantRole: role,
			status,
			reviewTier: { enum: ['organisation', 'instance', 'decider'] }
		}
	},
	AppealQueue: {
		type: 'object',
		properties: {
			items: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						id: { type: 'string', format: 'uuid' },
						status,
						appellantRole: role,
						action,
						organisation: nullable({
							type: 'object',
							properties: { id: { type: 'string' }, name: { type: 'string' } }
						}),
						decidedAt: dateTime,
						createdAt: dateTime
					}
				}
			},
			status: { enum: ['open', 'decided'] }
		}
	},
	AppealDetail: {
		type: 'object',
		properties: {
			appeal: { type: 'object' },
			decision: { type: 'object' },
			organisation: nullable({ type: 'string' }),
			subject: nullable({ type: 'string' }),
			report: nullable({ type: 'object' }),
			content: {
				type: 'object',
				description: 'kind: message (excerpt), profile (what the reporter could see), help_request, or gone'
			},
			canDecide: { type: 'boolean' }
		}
	}
};
