import {
	DECISION_ACTIONS,
	REPORT_REASONS,
	STATEMENT_MAX,
	STATEMENT_MIN,
	SUBJECT_KINDS,
	SUSPENSION_DAYS
} from '$core/moderation';
import { errors, jsonBody, nullable, ok, ref, uuidParameter } from './openapi-parts';

/**
 * Reports and moderation in the OpenAPI document. Any member reports what they can see; the moderation
 * endpoints answer only to the moderators and coordinators of the organisation where a report happened
 * (instance admins for instance-wide and escalated reports). Anyone else gets 404 for a report, 403 for
 * the queue.
 */
const dateTime = { type: 'string', format: 'date-time' };
const report = uuidParameter('reportId');
const reason = { enum: [...REPORT_REASONS] };
const action = { enum: [...DECISION_ACTIONS] };
const person = nullable({
	type: 'object',
	properties: { accountId: { type: 'string', format: 'uuid' }, pseudonym: { type: 'string' } }
});

export const moderationPaths = {
	'/reports': {
		post: {
			summary: 'Report a message, a profile or a help request I can see',
			requestBody: jsonBody({
				type: 'object',
				required: ['subjectKind', 'subjectId', 'reason'],
				properties: {
					subjectKind: { enum: [...SUBJECT_KINDS] },
					subjectId: { type: 'string', format: 'uuid' },
					reason,
					details: { type: 'string', maxLength: 2000 }
				}
			}),
			responses: {
				'201': ok('Filed', ref('ReportReceipt')),
				'200': ok('Already reported by me: the first report stands', ref('ReportReceipt')),
				...errors(400, 401, 404, 429)
			}
		}
	},
	'/me/moderation': {
		get: {
			summary: 'Decisions about me (with statements of reasons), staff access to my content, my reports',
			responses: { '200': ok('My moderation record', ref('ModerationRecord')), ...errors(401) }
		}
	},
	'/moderation/reports': {
		get: {
			summary: 'The queue of reports I moderate, oldest open first',
			parameters: [
				{ name: 'status', in: 'query', schema: { enum: ['open', 'decided', 'all'] } },
				{ name: 'reason', in: 'query', schema: reason },
				{ name: 'assigned', in: 'query', schema: { enum: ['me', 'nobody', 'anyone'] } },
				{ name: 'organisationId', in: 'query', schema: { type: 'string', format: 'uuid' } },
				{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } }
			],
			responses: { '200': ok('Queue', ref('ModerationQueue')), ...errors(400, 401, 404) }
		}
	},
	'/moderation/reports/{reportId}': {
		get: {
			summary:
				'One report: the reported content (a message with at most two messages either side), history, notes; logged as a staff access the people concerned can see',
			parameters: [report],
			responses: { '200': ok('Report', ref('ReportDetail')), ...errors(400, 401, 404) }
		}
	},
	'/moderation/reports/{reportId}/assign': {
		post: {
			summary: 'Take a report, or let it go',
			parameters: [report],
			requestBody: jsonBody({
				type: 'object',
				required: ['assignee'],
				properties: { assignee: { enum: ['me', 'nobody'] } }
			}),
			responses: {
				'200': ok('Assigned', {
					type: 'object',
					properties: { assigneeId: nullable({ type: 'string', format: 'uuid' }) }
				}),
				...errors(400, 401, 404)
			}
		}
	},
	'/moderation/reports/{reportId}/notes': {
		post: {
			summary: 'Add an internal note (moderators only ever see it)',
			parameters: [report],
			requestBody: jsonBody({
				type: 'object',
				required: ['body'],
				properties: { body: { type: 'string', minLength: 1, maxLength: 2000 } }
			}),
			responses: {
				'201': ok('Saved', { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } }),
				...errors(400, 401, 404)
			}
		}
	},
	'/moderation/reports/{reportId}/decision': {
		post: {
			summary:
				'Decide, with a statement of reasons shown to the person concerned; open reports about the same content are decided together',
			parameters: [report],
			requestBody: jsonBody({
				type: 'object',
				required: ['action', 'ground', 'statement'],
				properties: {
					action,
					ground: { enum: [...REPORT_REASONS, 'charter'] },
					statement: { type: 'string', minLength: STATEMENT_MIN, maxLength: STATEMENT_MAX },
					suspendDays: { enum: [...SUSPENSION_DAYS], description: 'Required for a suspension' }
				}
			}),
			responses: {
				'201': ok('Decided', {
					type: 'object',
					properties: {
						decisionId: { type: 'string', format: 'uuid' },
						action,
						suspendedUntil: nullable(dateTime)
					}
				}),
				...errors(400, 401, 403, 404, 409)
			}
		}
	},
	'/moderation/events': {
		get: {
			summary:
				'Server-Sent Events: `report` (data: `{ reportId }`) when a report I moderate is filed or changes',
			responses: {
				'200': {
					description: 'An event stream',
					content: { 'text/event-stream': { schema: { type: 'string' } } }
				},
				...errors(401, 403)
			}
		}
	}
};

export const moderationSchemas = {
	ReportReceipt: {
		type: 'object',
		properties: { id: { type: 'string', format: 'uuid' }, created: { type: 'boolean' } }
	},
	QueueItem: {
		type: 'object',
		properties: {
			id: { type: 'string', format: 'uuid' },
			reason,
			subjectKind: { enum: [...SUBJECT_KINDS] },
			source: { enum: ['member', 'system'] },
			status: { enum: ['open', 'decided'] },
			escalated: { type: 'boolean' },
			organisation: nullable({
				type: 'object',
				properties: { id: { type: 'string' }, name: { type: 'string' } }
			}),
			subject: person,
			assignee: person,
			earlierReports: { type: 'integer' },
			createdAt: dateTime
		}
	},
	ModerationQueue: {
		type: 'object',
		properties: {
			items: { type: 'array', items: ref('QueueItem') },
			openCount: { type: 'integer' },
			isInstanceAdmin: { type: 'boolean' }
		}
	},
	ReportDetail: {
		type: 'object',
		properties: {
			report: { type: 'object' },
			content: {
				type: 'object',
				description: 'kind: message (excerpt), profile (what the reporter could see), help_request, or gone'
			},
			contentCopy: nullable({
				type: 'string',
				description:
					'The reported text when the report was filed, while the report is open, when it was edited or deleted since'
			}),
			history: {
				type: 'array',
				items: { type: 'object' },
				description:
					"Earlier reports about the person: the report's organisation only (instance admins: all, logged)"
			},
			decisions: { type: 'array', items: { type: 'object' } },
			notes: { type: 'array', items: { type: 'object' } },
			allowedActions: { type: 'array', items: action }
		}
	},
	DecisionAppeal: {
		type: 'object',
		description:
			'Whether I may contest a decision (refusal null), until when, who would review it, or where my appeal stands',
		properties: {
			decisionId: { type: 'string', format: 'uuid' },
			mine: nullable({ type: 'object' }),
			refusal: nullable({ enum: ['not_party', 'too_late', 'already_appealed', 'reversed'] }),
			deadline: dateTime,
			reviewTier: { enum: ['organisation', 'instance', 'decider'] },
			reversedAt: nullable(dateTime)
		}
	},
	ModerationRecord: {
		type: 'object',
		properties: {
			decisions: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						action,
						ground: { type: 'string' },
						statement: { type: 'string' },
						suspendedUntil: nullable(dateTime),
						organisation: nullable({ type: 'string' }),
						createdAt: dateTime,
						reversedAt: nullable(dateTime),
						appeal: nullable(ref('DecisionAppeal'))
					}
				}
			},
			accesses: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						staffRole: { enum: ['moderator', 'instance_admin'] },
						organisation: nullable({ type: 'string' }),
						what: { enum: ['message_excerpt', 'profile', 'help_request', 'moderation_history'] },
						why: nullable({
							...reason,
							description: 'null in a conversation of two: it would point to the reporter'
						}),
						createdAt: dateTime
					}
				}
			},
			reports: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						reason,
						subjectKind: { enum: [...SUBJECT_KINDS] },
						outcome: { enum: ['pending', 'escalated', ...DECISION_ACTIONS] },
						createdAt: dateTime,
						appeal: nullable(ref('DecisionAppeal'))
					}
				}
			},
			appeals: {
				type: 'array',
				description: 'My appeals, with the reviewer’s statement once answered',
				items: {
					type: 'object',
					properties: {
						id: { type: 'string', format: 'uuid' },
						appellantRole: { enum: ['subject', 'reporter'] },
						action,
						reason: { type: 'string' },
						status: { enum: ['open', 'upheld', 'reversed'] },
						statement: nullable({ type: 'string' }),
						createdAt: dateTime,
						decidedAt: nullable(dateTime)
					}
				}
			}
		}
	}
};
