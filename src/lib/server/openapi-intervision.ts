import {
	AddIntervisionNoteSchema,
	ListSharedDebriefsSchema,
	ShareDebriefNoteSchema,
	WriteDebriefNoteSchema
} from '$core/gatherings';
import { INTERVISION_PARTS } from '$core/gatherings/vocabulary';
import { errors, fromZod, jsonBody, nullable, ok, queryFromZod, ref, uuidParameter } from './openapi-parts';

/**
 * Intervision (the confidentiality pledge, the four parts and their notes) and the supporters' debrief
 * journal (write, share with one organisation, coordinators' list and acknowledgement) in the OpenAPI
 * document. Request bodies and query parameters come from the use cases' zod schemas.
 */
const dateTime = { type: 'string', format: 'date-time' };
const uuid = { type: 'string', format: 'uuid' };
const slug = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };
const occurrence = uuidParameter('occurrenceId');
const noteId = uuidParameter('noteId');

export const intervisionPaths = {
	'/occurrences/{occurrenceId}/intervision': {
		get: {
			summary:
				'The intervision in its four parts with their notes (confirmed participants and facilitators who pledged; 404 for anyone else)',
			parameters: [occurrence],
			responses: { '200': ok('The intervision', ref('Intervision')), ...errors(400, 401, 404) }
		},
		post: {
			summary: 'Add a note to one part (pledged participants; no contact details; up to 4,000 characters)',
			parameters: [occurrence],
			requestBody: jsonBody(fromZod(AddIntervisionNoteSchema.omit({ occurrenceId: true }))),
			responses: {
				'201': ok('Added', {
					type: 'object',
					properties: { id: uuid, part: { enum: [...INTERVISION_PARTS] }, createdAt: dateTime }
				}),
				...errors(400, 401, 404, 409)
			}
		}
	},
	'/occurrences/{occurrenceId}/intervision/pledge': {
		post: {
			summary: 'Pledge confidentiality before entering (once; pledging again keeps the first date). No body.',
			parameters: [occurrence],
			responses: {
				'200': ok('Pledged', { type: 'object', properties: { occurrenceId: uuid, pledgedAt: dateTime } }),
				...errors(400, 401, 404, 409)
			}
		}
	},
	'/occurrences/{occurrenceId}/intervision/notes/{noteId}': {
		delete: {
			summary: 'Delete one of my own intervision notes',
			parameters: [occurrence, noteId],
			responses: { '204': ok('Deleted'), ...errors(400, 401, 404) }
		}
	},
	'/me/debrief-notes': {
		get: {
			summary:
				'My debrief journal, with the sessions, accompaniments and organisations a note may be linked to or shared with',
			responses: { '200': ok('My journal', ref('DebriefJournal')), ...errors(401) }
		},
		post: {
			summary: 'Write a private debrief note (peer supporters); at least one answer',
			requestBody: jsonBody(fromZod(WriteDebriefNoteSchema)),
			responses: {
				'201': ok('Written', { type: 'object', properties: { id: uuid, createdAt: dateTime } }),
				...errors(400, 401, 403)
			}
		}
	},
	'/me/debrief-notes/{noteId}': {
		delete: {
			summary: 'Delete one of my debrief notes',
			parameters: [noteId],
			responses: { '204': ok('Deleted'), ...errors(400, 401, 404) }
		}
	},
	'/me/debrief-notes/{noteId}/share': {
		post: {
			summary:
				"Share one note with one organisation's coordinators to ask for a debrief (once; they are notified)",
			parameters: [noteId],
			requestBody: jsonBody(fromZod(ShareDebriefNoteSchema.omit({ noteId: true }))),
			responses: {
				'200': ok('Shared', {
					type: 'object',
					properties: { id: uuid, organisationId: uuid, sharedAt: dateTime }
				}),
				...errors(400, 401, 404, 409)
			}
		}
	},
	'/organisations/{slug}/debriefings': {
		get: {
			summary: 'Debrief notes shared with the organisation (its coordinators; 404 for anyone else)',
			parameters: [slug, ...queryFromZod(ListSharedDebriefsSchema.omit({ slug: true }))],
			responses: { '200': ok('Shared notes', ref('SharedDebriefList')), ...errors(400, 401, 404) }
		}
	},
	'/organisations/{slug}/debriefings/{noteId}/acknowledge': {
		post: {
			summary: 'Mark a shared debrief note as seen (coordinators; once). No body.',
			parameters: [slug, noteId],
			responses: {
				'200': ok('Acknowledged', { type: 'object', properties: { id: uuid, acknowledgedAt: dateTime } }),
				...errors(400, 401, 404, 409)
			}
		}
	}
};

const answers = {
	whatWasHard: { type: 'string' },
	whatHelped: { type: 'string' },
	whatINeed: { type: 'string' }
};

export const intervisionSchemas = {
	Intervision: {
		type: 'object',
		properties: {
			occurrence: {
				type: 'object',
				properties: { id: uuid, startsAt: dateTime, endsAt: dateTime, status: { type: 'string' } }
			},
			group: { type: 'object', properties: { id: uuid, title: { type: 'string' } } },
			organisation: {
				type: 'object',
				properties: { id: uuid, slug: { type: 'string' }, name: { type: 'string' } }
			},
			pledgedAt: dateTime,
			parts: {
				type: 'array',
				description: 'Always the four parts, in order.',
				items: {
					type: 'object',
					properties: {
						part: { enum: [...INTERVISION_PARTS] },
						notes: {
							type: 'array',
							items: {
								type: 'object',
								description: 'Authors are not named; `mine` marks the reader’s own notes.',
								properties: {
									id: uuid,
									body: { type: 'string' },
									createdAt: dateTime,
									mine: { type: 'boolean' }
								}
							}
						}
					}
				}
			}
		}
	},
	DebriefJournal: {
		type: 'object',
		properties: {
			isSupporter: { type: 'boolean' },
			notes: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						id: uuid,
						...answers,
						createdAt: dateTime,
						occurrence: nullable({
							type: 'object',
							properties: { id: uuid, startsAt: dateTime, groupTitle: { type: 'string' } }
						}),
						accompaniment: nullable({ type: 'object', properties: { id: uuid, openedAt: dateTime } }),
						sharedWith: nullable({
							type: 'object',
							properties: { id: uuid, slug: { type: 'string' }, name: { type: 'string' } }
						}),
						sharedAt: nullable(dateTime),
						acknowledgedAt: nullable(dateTime)
					}
				}
			},
			choices: {
				type: 'object',
				properties: {
					occurrences: {
						type: 'array',
						items: {
							type: 'object',
							properties: {
								id: uuid,
								startsAt: dateTime,
								groupTitle: { type: 'string' },
								groupKind: { type: 'string' }
							}
						}
					},
					accompaniments: {
						type: 'array',
						items: {
							type: 'object',
							properties: { id: uuid, openedAt: dateTime, status: { type: 'string' } }
						}
					},
					organisations: {
						type: 'array',
						items: {
							type: 'object',
							properties: { id: uuid, slug: { type: 'string' }, name: { type: 'string' } }
						}
					}
				}
			}
		}
	},
	SharedDebriefList: {
		type: 'object',
		properties: {
			organisation: {
				type: 'object',
				properties: { id: uuid, slug: { type: 'string' }, name: { type: 'string' } }
			},
			notes: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						id: uuid,
						supporterPseudonym: { type: 'string' },
						...answers,
						sharedAt: dateTime,
						acknowledgedAt: nullable(dateTime),
						acknowledgedByPseudonym: nullable({ type: 'string' })
					}
				}
			}
		}
	}
};
