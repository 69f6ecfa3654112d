import { COOL_DOWN_DURATIONS } from '$core/matching';
import { errors, jsonBody, nullable, ok, ref, uuidParameter } from './openapi-parts';

/**
 * Care in the OpenAPI document: an organisation's emergency contacts and duty hours, a supporter's
 * cool-down, whether an accompaniment's supporter is away, and difficult-conversation alerts.
 */
const dateTime = { type: 'string', format: 'date-time' };
const uuid = { type: 'string', format: 'uuid' };
const slug = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };
const created = ok('Created', { type: 'object', properties: { id: uuid } });

export const carePaths = {
	'/organisations/{slug}/contacts': {
		get: {
			summary: "The organisation's emergency contacts with their next duty time (active members)",
			parameters: [slug],
			responses: { '200': ok('Contacts', ref('OrganisationContactList')), ...errors(401, 404) }
		},
		post: {
			summary: 'Add a contact at the end of the list (coordinators)',
			parameters: [slug],
			requestBody: jsonBody(ref('OrganisationContactInput')),
			responses: { '201': created, ...errors(400, 401, 403, 404) }
		}
	},
	'/organisations/{slug}/contacts/{contactId}': {
		put: {
			summary: "Replace a contact's fields (coordinators)",
			parameters: [slug, uuidParameter('contactId')],
			requestBody: jsonBody(ref('OrganisationContactInput')),
			responses: { '200': created, ...errors(400, 401, 403, 404) }
		},
		delete: {
			summary: 'Remove a contact (coordinators)',
			parameters: [slug, uuidParameter('contactId')],
			responses: { '204': ok('Removed'), ...errors(400, 401, 403, 404) }
		}
	},
	'/organisations/{slug}/contacts/{contactId}/move': {
		post: {
			summary: 'Move a contact one place up or down (coordinators)',
			parameters: [slug, uuidParameter('contactId')],
			requestBody: jsonBody({
				type: 'object',
				required: ['direction'],
				properties: { direction: { enum: ['up', 'down'] } }
			}),
			responses: { '204': ok('Moved'), ...errors(400, 401, 403, 404) }
		}
	},
	'/me/emergency-contacts': {
		get: {
			summary: "My organisations' contacts, as on the emergency page after the national numbers",
			responses: {
				'200': ok('Contacts by organisation', {
					type: 'object',
					properties: { organisations: { type: 'array', items: ref('OrganisationContacts') } }
				}),
				...errors(401)
			}
		}
	},
	'/me/cool-down': {
		put: {
			summary: 'Step back after a hard session: no new matches nor contact requests until it ends',
			requestBody: jsonBody({
				type: 'object',
				required: ['duration'],
				properties: { duration: { enum: [...COOL_DOWN_DURATIONS] } }
			}),
			responses: {
				'200': ok('Cool-down set', {
					type: 'object',
					properties: { pausedUntil: dateTime, untilLifted: { type: 'boolean' } }
				}),
				...errors(400, 401, 403)
			}
		},
		delete: {
			summary: 'Lift my cool-down now',
			responses: {
				'200': ok('Lifted', { type: 'object', properties: { pausedUntil: { type: 'null' } } }),
				...errors(401, 403)
			}
		}
	},
	'/accompaniments/{accompanimentId}/availability': {
		get: {
			summary: 'Whether the supporter is away (paused or cooling down), and then who else to turn to',
			parameters: [uuidParameter('accompanimentId')],
			responses: { '200': ok('Availability', ref('SupporterAvailability')), ...errors(400, 401, 404) }
		}
	},
	'/accompaniments/{accompanimentId}/alerts': {
		get: {
			summary: 'My alerts on this accompaniment and when each was acknowledged (supporter)',
			parameters: [uuidParameter('accompanimentId')],
			responses: {
				'200': ok('Alerts', {
					type: 'object',
					properties: { alerts: { type: 'array', items: ref('MyConversationAlert') } }
				}),
				...errors(400, 401, 404)
			}
		},
		post: {
			summary: 'Mark the conversation difficult: my coordinator is alerted (no message content is sent)',
			parameters: [uuidParameter('accompanimentId')],
			requestBody: jsonBody({
				type: 'object',
				properties: { note: { type: 'string', maxLength: 1000 } }
			}),
			responses: {
				'201': ok('Alerted', {
					type: 'object',
					properties: { id: uuid, organisationId: uuid, createdAt: dateTime }
				}),
				...errors(400, 401, 403, 404, 409)
			}
		}
	},
	'/organisations/{slug}/alerts': {
		get: {
			summary: "The organisation's difficult-conversation alerts (coordinators)",
			parameters: [
				slug,
				{ name: 'status', in: 'query', schema: { enum: ['open', 'acknowledged'], default: 'open' } }
			],
			responses: { '200': ok('Alerts', ref('OrganisationAlerts')), ...errors(400, 401, 404) }
		}
	},
	'/organisations/{slug}/alerts/{alertId}/acknowledge': {
		post: {
			summary: 'Mark an alert "debrief offered" (coordinators)',
			parameters: [slug, uuidParameter('alertId')],
			responses: {
				'200': ok('Acknowledged', { type: 'object', properties: { id: uuid, acknowledgedAt: dateTime } }),
				...errors(400, 401, 404, 409)
			}
		}
	}
};

const onDuty = nullable({
	oneOf: [
		{
			type: 'object',
			properties: { status: { const: 'now' }, until: dateTime },
			description: 'Someone is on duty now, until then'
		},
		{ type: 'object', properties: { status: { const: 'next' }, at: dateTime }, description: 'Next duty' }
	]
});

const contact = {
	type: 'object',
	properties: {
		id: uuid,
		label: { type: 'string' },
		phone: nullable({ type: 'string' }),
		email: nullable({ type: 'string', format: 'email' }),
		details: { type: 'string' },
		onDuty: { type: 'array', items: { type: 'string', examples: ['mon-14:00-18:00'] } },
		position: { type: 'integer' },
		next: onDuty
	}
};

export const careSchemas = {
	OrganisationContactInput: {
		type: 'object',
		required: ['label'],
		description: 'At least a phone or an email. Duty slots are Paris time, "day-HH:MM-HH:MM".',
		properties: {
			label: { type: 'string', minLength: 2, maxLength: 120 },
			phone: { type: 'string', maxLength: 30 },
			email: { type: 'string', format: 'email' },
			details: { type: 'string', maxLength: 500 },
			onDuty: {
				type: 'array',
				maxItems: 21,
				items: { type: 'string', pattern: '^(mon|tue|wed|thu|fri|sat|sun)-\\d\\d:\\d\\d-\\d\\d:\\d\\d$' }
			}
		}
	},
	OrganisationContactList: {
		type: 'object',
		properties: {
			organisation: {
				type: 'object',
				properties: { id: uuid, slug: { type: 'string' }, name: { type: 'string' } }
			},
			canManage: { type: 'boolean' },
			contacts: { type: 'array', items: contact }
		}
	},
	OrganisationContacts: {
		type: 'object',
		properties: {
			organisationId: uuid,
			slug: { type: 'string' },
			name: { type: 'string' },
			onDuty,
			contacts: { type: 'array', items: contact }
		}
	},
	SupporterAvailability: {
		type: 'object',
		properties: {
			away: { type: 'boolean' },
			until: nullable(dateTime),
			organisation: nullable(ref('OrganisationContacts'))
		}
	},
	MyConversationAlert: {
		type: 'object',
		properties: {
			id: uuid,
			organisationName: { type: 'string' },
			note: { type: 'string' },
			createdAt: dateTime,
			acknowledgedAt: nullable(dateTime)
		}
	},
	OrganisationAlerts: {
		type: 'object',
		properties: {
			organisation: {
				type: 'object',
				properties: { id: uuid, slug: { type: 'string' }, name: { type: 'string' } }
			},
			alerts: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						id: uuid,
						supporterId: uuid,
						supporterPseudonym: { type: 'string' },
						note: { type: 'string' },
						createdAt: dateTime,
						acknowledgedAt: nullable(dateTime),
						acknowledgedByPseudonym: nullable({ type: 'string' })
					}
				}
			}
		}
	}
};
