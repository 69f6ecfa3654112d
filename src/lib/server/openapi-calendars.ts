import { RecordAttendanceSchema, SetGatheringPreferencesSchema } from '$core/gatherings';
import { errors, fromZod, jsonBody, nullable, ok, ref, uuidParameter } from './openapi-parts';

/**
 * Calendars, reminders and attendance in the OpenAPI document. The private feed itself is not under
 * /api/v1: it is `/agenda/{token}.ics` (text/calendar, no session: the token is the credential). Request
 * bodies come from the use cases' zod schemas. A feed's token is in the creation answer only.
 */
const dateTime = { type: 'string', format: 'date-time' };
const uuid = { type: 'string', format: 'uuid' };

export const calendarsPaths = {
	'/me/calendar-feeds': {
		get: {
			summary: 'My private calendar feeds (when made, whether revoked; never a token)',
			responses: {
				'200': ok('Feeds', {
					type: 'object',
					properties: { feeds: { type: 'array', items: ref('CalendarFeed') } }
				}),
				...errors(401)
			}
		},
		post: {
			summary:
				'Create a private calendar feed (at most 5 live): its token and URL are shown in this answer only',
			responses: { '201': ok('The new feed', ref('NewCalendarFeed')), ...errors(401, 409) }
		}
	},
	'/me/calendar-feeds/{feedId}': {
		delete: {
			summary: 'Revoke one of my feeds: its URL answers 404 from now on',
			parameters: [uuidParameter('feedId')],
			responses: { '204': ok('Revoked'), ...errors(400, 401, 404) }
		}
	},
	'/me/gathering-preferences': {
		get: {
			summary: 'My choices for sessions: discreet titles, the day-before reminder',
			responses: { '200': ok('Choices', ref('GatheringPreferences')), ...errors(401) }
		},
		put: {
			summary: 'Change my choices for sessions (a field left out keeps its value; reminders need an email)',
			requestBody: jsonBody(fromZod(SetGatheringPreferencesSchema)),
			responses: { '200': ok('Choices', ref('GatheringPreferences')), ...errors(400, 401) }
		}
	},
	'/me/attendance': {
		get: {
			summary: 'My attendance history (date, group, whether I came)',
			responses: {
				'200': ok('History', {
					type: 'object',
					properties: { attendance: { type: 'array', items: ref('AttendanceEntry') } }
				}),
				...errors(401)
			}
		},
		delete: {
			summary: 'Erase my attendance history (the sessions’ anonymous counts stay)',
			responses: {
				'200': ok('How many were erased', { type: 'object', properties: { erased: { type: 'integer' } } }),
				...errors(401)
			}
		}
	},
	'/occurrences/{occurrenceId}/attendance': {
		get: {
			summary: 'Facilitators: the people holding a confirmed place (pseudonyms) and what was recorded',
			parameters: [uuidParameter('occurrenceId')],
			responses: { '200': ok('Attendance sheet', ref('AttendanceSheet')), ...errors(400, 401, 403, 404) }
		},
		put: {
			summary:
				'Facilitators, once the session started: who came among the registered, and walk-ins (replaces)',
			parameters: [uuidParameter('occurrenceId')],
			requestBody: jsonBody(fromZod(RecordAttendanceSchema.omit({ occurrenceId: true }))),
			responses: {
				'200': ok('Recorded', {
					type: 'object',
					properties: {
						attendedCount: { type: 'integer' },
						walkInCount: { type: 'integer' },
						recordedAt: dateTime
					}
				}),
				...errors(400, 401, 403, 404, 409)
			}
		}
	}
};

export const calendarsSchemas = {
	CalendarFeed: {
		type: 'object',
		properties: { id: uuid, createdAt: dateTime, revokedAt: nullable(dateTime) }
	},
	NewCalendarFeed: {
		type: 'object',
		properties: {
			id: uuid,
			createdAt: dateTime,
			token: { type: 'string', description: '32 random bytes, base64url; shown once' },
			url: { type: 'string', description: 'The feed: /agenda/{token}.ics (text/calendar)' }
		}
	},
	GatheringPreferences: {
		type: 'object',
		properties: {
			discreet: { type: 'boolean' },
			reminders: { type: 'boolean' },
			hasEmail: { type: 'boolean', description: 'GET only: whether reminders can reach me' }
		}
	},
	AttendanceEntry: {
		type: 'object',
		properties: {
			occurrenceId: uuid,
			startsAt: dateTime,
			groupTitle: { type: 'string' },
			attended: { type: 'boolean' }
		}
	},
	AttendanceSheet: {
		type: 'object',
		properties: {
			occurrence: {
				type: 'object',
				properties: {
					id: uuid,
					groupId: uuid,
					groupTitle: { type: 'string' },
					startsAt: dateTime,
					endsAt: dateTime,
					status: { enum: ['scheduled', 'cancelled'] },
					attendanceRecordedAt: nullable(dateTime),
					attendedCount: { type: 'integer' },
					walkInCount: { type: 'integer' }
				}
			},
			people: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						accountId: uuid,
						pseudonym: { type: 'string' },
						attended: nullable({ type: 'boolean' })
					}
				}
			},
			started: { type: 'boolean' }
		}
	}
};
