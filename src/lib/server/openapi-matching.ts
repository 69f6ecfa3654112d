import { DEFAULT_HELP_REQUEST_OPEN_DAYS, HELP_REQUEST_OPEN_DAYS } from '$core/retention';
import { DECLINE_MESSAGES, FORMATS, GENDERS, LANGUAGES, MAX_INTRODUCTION, MAX_SLOTS } from '$core/matching';
import { errors, jsonBody, nullable, ok, ref, uuidParameter } from './openapi-parts';

/**
 * Peer matching in the OpenAPI document: the supporter's offer, help requests and their matches, contact
 * requests, accompaniments and blocks. Every answer holds only what the visibility rules let the caller see.
 */
const dateTime = { type: 'string', format: 'date-time' };
const strings = { type: 'array', items: { type: 'string' } };
const format = { enum: [...FORMATS] };
const language = { enum: [...LANGUAGES], description: 'lsf is French Sign Language' };
const gender = { enum: [...GENDERS] };
const weeklySlots = (description: string) => ({
	type: 'array',
	maxItems: MAX_SLOTS,
	items: {
		type: 'string',
		pattern: '^(mon|tue|wed|thu|fri|sat|sun)-([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d$'
	},
	description
});
const created = ok('Created', { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } });

export const matchingPaths = {
	'/me/offer': {
		get: {
			summary: 'My peer-supporter dashboard: my offer, requests waiting for me, my open accompaniments',
			responses: { '200': ok('Dashboard', ref('SupporterDashboard')), ...errors(401) }
		},
		put: {
			summary: 'Publish or replace my offer (peer supporters of an organisation only)',
			requestBody: jsonBody(ref('SupporterOfferInput')),
			responses: { '200': ok('Saved offer', ref('SupporterOffer')), ...errors(400, 401, 403) }
		},
		patch: {
			summary: 'Pause or resume my offer',
			requestBody: jsonBody({
				type: 'object',
				required: ['paused'],
				properties: { paused: { type: 'boolean' } }
			}),
			responses: {
				'200': ok('Paused or resumed', { type: 'object', properties: { paused: { type: 'boolean' } } }),
				...errors(400, 401, 403)
			}
		}
	},
	'/me/support': {
		get: {
			summary: 'My help requests, my contact requests and my accompaniments (either side)',
			responses: { '200': ok('My support', ref('MySupport')), ...errors(401) }
		}
	},
	'/help-requests': {
		post: {
			summary: 'Ask for a peer: what I live and how I would like to talk',
			requestBody: jsonBody(ref('HelpRequestInput')),
			responses: { '201': created, ...errors(400, 401) }
		}
	},
	'/help-requests/{helpRequestId}/matches': {
		get: {
			summary:
				'My help request with its ranked, explained peer supporters (labels in my language); 409 once moderation hid it or once it closed (its open time ran out: make a new one)',
			parameters: [uuidParameter('helpRequestId')],
			responses: { '200': ok('Matches', ref('Matches')), ...errors(400, 401, 404, 409) }
		}
	},
	'/help-requests/{helpRequestId}/contact-requests': {
		post: {
			summary:
				'Ask one matched supporter for contact; 409 once moderation hid the help request or once it closed',
			parameters: [uuidParameter('helpRequestId')],
			requestBody: jsonBody({
				type: 'object',
				required: ['supporterId'],
				properties: { supporterId: { type: 'string', format: 'uuid' } }
			}),
			responses: { '201': created, ...errors(400, 401, 404, 409, 429) }
		}
	},
	'/contact-requests/{contactRequestId}': {
		patch: {
			summary: 'Accept or decline (the supporter), or withdraw (the requester) a pending contact request',
			parameters: [uuidParameter('contactRequestId')],
			requestBody: jsonBody({
				type: 'object',
				required: ['decision'],
				properties: {
					decision: { enum: ['accept', 'decline', 'withdraw'] },
					declineMessage: {
						enum: [...DECLINE_MESSAGES],
						description: 'Declining only: a kind message chosen from the catalogue, never a reason'
					}
				}
			}),
			responses: {
				'200': ok('Decided', {
					type: 'object',
					properties: {
						status: { enum: ['accepted', 'declined', 'withdrawn'] },
						accompanimentId: nullable({ type: 'string', format: 'uuid' })
					}
				}),
				...errors(400, 401, 404, 409)
			}
		}
	},
	'/supporters/{supporterId}/resumption': {
		post: {
			summary: 'Ask a supporter who accompanied me before to start again (a new contact request)',
			parameters: [uuidParameter('supporterId')],
			responses: { '201': created, ...errors(400, 401, 404, 409, 429) }
		}
	},
	'/accompaniments/{accompanimentId}': {
		get: {
			summary: 'One accompaniment, for its two parties only',
			parameters: [uuidParameter('accompanimentId')],
			responses: { '200': ok('Accompaniment', ref('Accompaniment')), ...errors(400, 401, 404) }
		}
	},
	'/accompaniments/{accompanimentId}/end': {
		post: {
			summary: 'End an open accompaniment (either party, no reason asked)',
			parameters: [uuidParameter('accompanimentId')],
			responses: { '204': ok('Ended'), ...errors(400, 401, 404, 409) }
		}
	},
	'/blocks': {
		post: {
			summary: 'Block someone silently: pending requests close, accompaniments end, no more matches',
			requestBody: jsonBody({
				type: 'object',
				required: ['accountId'],
				properties: { accountId: { type: 'string', format: 'uuid' } }
			}),
			responses: { '204': ok('Blocked'), ...errors(400, 401, 404) }
		}
	}
};

const offerFields = {
	experienceIds: { ...strings, minItems: 1, maxItems: 30 },
	formats: { type: 'array', items: format, minItems: 1 },
	languages: { type: 'array', items: language, minItems: 1 },
	area: nullable({ type: 'string', maxLength: 80 }),
	gender: nullable(gender),
	availability: weeklySlots(
		'Weekly slots such as "tue-14:00-17:00" (Paris time; an end at or before the start runs past midnight). The web form offers mornings 08:00-12:00, afternoons 12:00-18:00 and evenings 18:00-22:00'
	),
	introduction: {
		type: 'string',
		maxLength: MAX_INTRODUCTION,
		description:
			'A few sentences requesters read before asking for contact; left out on PUT, the saved one stays'
	},
	capacity: { type: 'integer', minimum: 1, maximum: 20 },
	paused: { type: 'boolean' }
};

const accompaniment = {
	type: 'object',
	properties: {
		accompanimentId: { type: 'string', format: 'uuid' },
		status: { enum: ['open', 'ended'] },
		requesterId: { type: 'string', format: 'uuid' },
		supporterId: { type: 'string', format: 'uuid' },
		requesterPseudonym: { type: 'string' },
		supporterPseudonym: { type: 'string' },
		openedAt: dateTime,
		endedAt: nullable(dateTime),
		actorIsSupporter: { type: 'boolean' }
	}
};

export const matchingSchemas = {
	SupporterOfferInput: {
		type: 'object',
		required: ['experienceIds', 'formats', 'languages', 'capacity'],
		properties: offerFields
	},
	SupporterOffer: {
		type: 'object',
		properties: {
			accountId: { type: 'string', format: 'uuid', description: 'In the dashboard only' },
			...offerFields,
			updatedAt: { ...dateTime, description: 'In the dashboard only' }
		}
	},
	SupporterDashboard: {
		type: 'object',
		properties: {
			isSupporter: { type: 'boolean' },
			offer: nullable(ref('SupporterOffer')),
			pending: {
				type: 'array',
				description:
					'Contact requests waiting for me, with only what each requester shares with their supporters',
				items: {
					type: 'object',
					properties: {
						contactRequestId: { type: 'string', format: 'uuid' },
						requesterId: { type: 'string', format: 'uuid' },
						pseudonym: { type: 'string' },
						createdAt: dateTime,
						hopes: nullable({ type: 'string' }),
						formats: nullable({ type: 'array', items: format }),
						language: nullable(language),
						area: nullable({ type: 'string' }),
						experiences: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									accountId: { type: 'string', format: 'uuid' },
									label: { type: 'string' },
									detail: { type: 'string' },
									period: { enum: ['current', 'past'] }
								}
							}
						}
					}
				}
			},
			open: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						accompanimentId: { type: 'string', format: 'uuid' },
						pseudonym: { type: 'string' },
						openedAt: dateTime
					}
				}
			},
			load: {
				type: 'object',
				properties: { open: { type: 'integer' }, capacity: { type: 'integer' } }
			}
		}
	},
	HelpRequestInput: {
		type: 'object',
		required: ['experienceIds', 'formats'],
		properties: {
			experienceIds: { ...strings, minItems: 1, maxItems: 10 },
			hopes: { type: 'string', maxLength: 2000 },
			formats: { type: 'array', items: format, minItems: 1 },
			language,
			area: { type: 'string', maxLength: 80 },
			preferredGender: gender,
			availability: weeklySlots(
				'When I can usually talk, as weekly slots ("mon-18:00-20:00"); empty or left out means any time. Supporters free at the same times come first'
			),
			openDays: {
				enum: [...HELP_REQUEST_OPEN_DAYS],
				default: DEFAULT_HELP_REQUEST_OPEN_DAYS,
				description: 'Days the request stays open; then it closes and its hopes and area are erased'
			}
		}
	},
	HelpRequest: {
		type: 'object',
		properties: {
			id: { type: 'string', format: 'uuid' },
			requesterId: { type: 'string', format: 'uuid' },
			experienceIds: strings,
			hopes: { type: 'string' },
			formats: { type: 'array', items: format },
			language,
			area: nullable({ type: 'string' }),
			preferredGender: nullable(gender),
			availability: strings,
			status: { type: 'string' },
			createdAt: dateTime
		}
	},
	MatchExplanation: {
		type: 'object',
		properties: {
			experienceId: { type: 'string' },
			label: { type: 'string' },
			closeness: { enum: ['same', 'branch'] },
			rare: { type: 'boolean', description: 'Few people on this instance list it' },
			livedToo: {
				type: 'boolean',
				description: 'The supporter lived it too and their profile lets me see so'
			}
		}
	},
	Matches: {
		type: 'object',
		properties: {
			request: ref('HelpRequest'),
			matches: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						supporterId: { type: 'string', format: 'uuid' },
						pseudonym: { type: 'string' },
						formats: { type: 'array', items: format },
						languages: { type: 'array', items: language },
						area: nullable({ type: 'string' }),
						sameArea: { type: 'boolean' },
						introduction: { type: 'string', description: 'What the supporter wrote to introduce themselves' },
						availability: { ...strings, description: "The supporter's weekly slots" },
						availableTogether: nullable({
							type: 'boolean',
							description:
								'At least an hour a week in common with my availability (it ranks higher); null when either side gave none'
						}),
						score: { type: 'number' },
						contactStatus: nullable({ enum: ['pending', 'accepted'] }),
						explanations: { type: 'array', items: ref('MatchExplanation') }
					}
				}
			}
		}
	},
	MySupport: {
		type: 'object',
		properties: {
			requests: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						id: { type: 'string', format: 'uuid' },
						createdAt: dateTime,
						experienceIds: strings,
						closesAt: nullable(dateTime),
						closed: {
							type: 'boolean',
							description: 'Its open time ran out: it is neither matched nor sent any more'
						}
					}
				}
			},
			contacts: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						contactRequestId: { type: 'string', format: 'uuid' },
						supporterId: { type: 'string', format: 'uuid' },
						pseudonym: { type: 'string' },
						status: { enum: ['pending', 'declined'] },
						declineMessage: nullable({ enum: [...DECLINE_MESSAGES] }),
						createdAt: dateTime
					}
				}
			},
			accompaniments: { type: 'array', items: ref('Accompaniment') }
		}
	},
	Accompaniment: accompaniment
};
