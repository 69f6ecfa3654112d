import {
	ACCESSIBILITY_FEATURES,
	CancelOccurrenceSchema,
	ListGroupOccurrencesSchema,
	OCCURRENCE_STATUSES,
	ScheduleSessionFields,
	SESSION_MODES
} from '$core/gatherings';
import { errors, fromZod, jsonBody, nullable, ok, queryFromZod, ref, uuidParameter } from './openapi-parts';

/**
 * Sessions, registration and the weekly programme in the OpenAPI document. Request bodies and query
 * parameters come from the zod schemas the use cases validate with. The meeting link and phone number
 * are null for anyone not confirmed for the occurrence (facilitators excepted).
 */
const dateTime = { type: 'string', format: 'date-time' };
const slug = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };

export const sessionsPaths = {
	'/groups/{groupId}/sessions': {
		get: {
			summary: 'The group’s next occurrences, with my registration (404 when I may not see the group)',
			parameters: [
				uuidParameter('groupId'),
				...queryFromZod(ListGroupOccurrencesSchema.omit({ groupId: true }))
			],
			responses: { '200': ok('Occurrences', ref('GroupOccurrences')), ...errors(400, 404) }
		},
		post: {
			summary: 'Schedule a one-off or recurring session (facilitators and coordinators)',
			parameters: [uuidParameter('groupId')],
			requestBody: jsonBody(fromZod(ScheduleSessionFields.omit({ groupId: true }))),
			responses: {
				'201': ok('Scheduled', {
					type: 'object',
					properties: {
						sessionId: { type: 'string', format: 'uuid' },
						firstOccurrenceId: nullable({ type: 'string', format: 'uuid' }),
						occurrences: { type: 'integer', description: 'Occurrences written ahead' }
					}
				}),
				...errors(400, 401, 403, 404)
			}
		}
	},
	'/occurrences/{occurrenceId}': {
		get: {
			summary: 'One occurrence: details, places, my registration (and waiting position)',
			security: [],
			parameters: [uuidParameter('occurrenceId')],
			responses: { '200': ok('Occurrence', ref('Occurrence')), ...errors(400, 404) }
		},
		delete: {
			summary: 'Cancel this occurrence only (facilitators); registered people are told',
			parameters: [uuidParameter('occurrenceId')],
			requestBody: {
				required: false,
				content: {
					'application/json': { schema: fromZod(CancelOccurrenceSchema.omit({ occurrenceId: true })) }
				}
			},
			responses: { '200': ok('Cancelled'), ...errors(400, 401, 403, 404, 409) }
		}
	},
	'/occurrences/{occurrenceId}/registration': {
		post: {
			summary: 'Register: confirmed while places are left, otherwise on the waiting list',
			parameters: [uuidParameter('occurrenceId')],
			responses: {
				'201': ok('Registration', {
					type: 'object',
					properties: {
						registrationId: { type: 'string', format: 'uuid' },
						status: { enum: ['confirmed', 'waiting'] },
						position: nullable({ type: 'integer', description: 'Place in the waiting list (1: next)' })
					}
				}),
				...errors(400, 401, 403, 404, 409)
			}
		},
		delete: {
			summary: 'Cancel my registration; the next person waiting is promoted and told',
			parameters: [uuidParameter('occurrenceId')],
			responses: { '200': ok('Cancelled'), ...errors(400, 401, 404, 409) }
		}
	},
	'/organisations/{slug}/programme': {
		get: {
			summary: 'This week’s and next week’s sessions, by Paris day, as I may see them',
			security: [],
			parameters: [slug],
			responses: { '200': ok('Programme', ref('Programme')), ...errors(404) }
		}
	}
};

const occurrenceSummary = {
	id: { type: 'string', format: 'uuid' },
	startsAt: dateTime,
	endsAt: dateTime,
	status: { enum: [...OCCURRENCE_STATUSES] },
	mode: { enum: [...SESSION_MODES] },
	registration: nullable({ enum: ['confirmed', 'waiting'] })
};

export const sessionsSchemas = {
	GroupOccurrences: {
		type: 'object',
		properties: {
			groupId: { type: 'string', format: 'uuid' },
			canSchedule: { type: 'boolean' },
			occurrences: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						...occurrenceSummary,
						capacity: nullable({ type: 'integer' }),
						confirmedCount: { type: 'integer' },
						recurring: { type: 'boolean' }
					}
				}
			}
		}
	},
	Occurrence: {
		type: 'object',
		properties: {
			...occurrenceSummary,
			sessionId: { type: 'string', format: 'uuid' },
			group: {
				type: 'object',
				properties: { id: { type: 'string' }, title: { type: 'string' }, kind: { type: 'string' } }
			},
			organisation: { type: 'object', properties: { slug: { type: 'string' }, name: { type: 'string' } } },
			cancelReason: nullable({ type: 'string' }),
			movedFrom: { ...nullable(dateTime), description: 'Moved on its own: where its schedule had put it' },
			changedAt: nullable(dateTime),
			changeForm: { ...nullable({ type: 'object' }), description: 'Date, time, duration (facilitators)' },
			recurring: { type: 'boolean' },
			address: nullable({ type: 'string' }),
			accessibility: { type: 'array', items: { enum: [...ACCESSIBILITY_FEATURES] } },
			meetingLink: nullable({ type: 'string', description: 'Only for people confirmed, and facilitators' }),
			phoneNumber: nullable({ type: 'string', description: 'Only for people confirmed, and facilitators' }),
			capacity: nullable({ type: 'integer' }),
			confirmedCount: { type: 'integer' },
			waitingCount: { type: 'integer' },
			placesLeft: nullable({ type: 'integer' }),
			registrationClosesAt: dateTime,
			closedReason: nullable({ type: 'string', description: 'Why registering is not possible now' }),
			myRegistration: nullable({
				type: 'object',
				properties: { status: { enum: ['confirmed', 'waiting'] }, position: nullable({ type: 'integer' }) }
			}),
			canRegister: { type: 'boolean' },
			canFacilitate: { type: 'boolean' },
			attendees: nullable({
				type: 'array',
				description: 'Facilitators only: registered people hide from each other',
				items: { type: 'object', properties: { pseudonym: { type: 'string' }, status: { type: 'string' } } }
			})
		}
	},
	Programme: {
		type: 'object',
		properties: {
			organisation: { type: 'object', properties: { slug: { type: 'string' }, name: { type: 'string' } } },
			from: dateTime,
			until: dateTime,
			days: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						date: { type: 'string', format: 'date' },
						occurrences: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									...occurrenceSummary,
									groupId: { type: 'string', format: 'uuid' },
									title: { type: 'string' },
									kind: { type: 'string' }
								}
							}
						}
					}
				}
			}
		}
	}
};
