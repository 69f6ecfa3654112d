import {
	CONFIRMATION_KINDS,
	ConfirmationFieldsSchema,
	DecideRevisionSchema,
	REVISION_STATUSES,
	RevisionTextSchema
} from '$core/knowledge';
import { errors, fromZod, jsonBody, nullable, ok, uuidParameter } from './openapi-parts';

/**
 * Confirmations, nuances and proposed revisions of knowledge in the OpenAPI document. Request bodies come
 * from the use cases' zod schemas (path parameters left out). A contribution or revision the actor may not
 * know exists is 404; a visitor reads only a public contribution's confirmations (without names or
 * experiences) and its accepted revisions.
 */
const uuid = { type: 'string', format: 'uuid' };
const dateTime = { type: 'string', format: 'date-time' };
const text = { type: 'string' };
const contributionId = uuidParameter('id');
const revisionId = uuidParameter('revisionId');
const kind = { enum: [...CONFIRMATION_KINDS] };
const status = { enum: [...REVISION_STATUSES] };
const diff = {
	type: 'array',
	items: {
		type: 'object',
		properties: {
			field: { enum: ['title', 'body', 'helpedWith', 'easyReadSummary'] },
			parts: {
				type: 'array',
				items: { type: 'object', properties: { kind: { enum: ['same', 'added', 'removed'] }, text } }
			}
		}
	}
};
const revision = {
	type: 'object',
	properties: {
		id: uuid,
		status,
		baseVersion: { type: 'integer' },
		title: text,
		body: text,
		helpedWith: text,
		easyReadSummary: text,
		note: text,
		answer: text,
		proposer: nullable(text),
		mine: { type: 'boolean' },
		stale: {
			type: 'boolean',
			description: 'Based on an older version than the current one: cannot be accepted'
		},
		changes: { ...diff, description: 'Pending revisions: what they change in the current version' },
		createdAt: dateTime,
		decidedAt: nullable(dateTime)
	}
};
const confirmations = {
	type: 'object',
	properties: {
		contribution: {
			type: 'object',
			properties: { id: uuid, title: text, audience: text, hidden: { type: 'boolean' } }
		},
		tallies: {
			type: 'object',
			description: 'Confirmations that count (seven days after their writer signed up, not hidden), per kind',
			properties: Object.fromEntries(CONFIRMATION_KINDS.map((name) => [name, { type: 'integer' }]))
		},
		nuances: {
			type: 'array',
			items: {
				type: 'object',
				properties: {
					id: uuid,
					kind,
					nuance: text,
					by: nullable(text),
					mine: { type: 'boolean' },
					createdAt: dateTime
				}
			}
		},
		experiences: {
			type: 'array',
			description: 'Signed-in readers only; names only with consent and never on public contributions',
			items: {
				type: 'object',
				properties: {
					experienceId: text,
					label: text,
					count: { type: 'integer' },
					names: { type: 'array', items: text }
				}
			}
		},
		mine: nullable({
			type: 'object',
			properties: {
				id: uuid,
				kind,
				nuance: text,
				experienceIds: { type: 'array', items: text },
				showName: { type: 'boolean' },
				countsFrom: dateTime,
				countsNow: { type: 'boolean' },
				hidden: { type: 'boolean' }
			}
		}),
		isAuthor: { type: 'boolean' },
		canRespond: { type: 'boolean' },
		eligibleExperiences: {
			type: 'array',
			items: { type: 'object', properties: { id: text, label: text, visibility: text } }
		}
	}
};

export const knowledgeResponsesPaths = {
	'/knowledge/contributions/{id}/confirmations': {
		get: {
			summary: 'How a contribution held for peers: counts per kind, nuances, counts per experience, mine',
			parameters: [contributionId],
			responses: { '200': ok('Confirmations', confirmations), ...errors(400, 404) }
		},
		put: {
			summary:
				'My confirmation (worked, different with a nuance, did not work), tied to my experiences my visibility choices show to its audience; replaces an earlier one',
			parameters: [contributionId],
			requestBody: jsonBody(fromZod(ConfirmationFieldsSchema)),
			responses: {
				'200': ok('Saved', {
					type: 'object',
					properties: { id: uuid, countsFrom: dateTime, countsNow: { type: 'boolean' } }
				}),
				...errors(400, 401, 403, 404)
			}
		},
		delete: {
			summary: 'Withdraw my confirmation',
			parameters: [contributionId],
			responses: { '200': ok('Withdrawn', { type: 'object' }), ...errors(400, 401, 404) }
		}
	},
	'/knowledge/contributions/{id}/revisions': {
		get: {
			summary: 'Revisions I may see: every one for the author (pending with a diff), mine, accepted ones',
			parameters: [contributionId],
			responses: {
				'200': ok('Revisions', {
					type: 'object',
					properties: {
						contribution: {
							type: 'object',
							properties: { id: uuid, title: text, version: { type: 'integer' } }
						},
						isAuthor: { type: 'boolean' },
						canDecide: { type: 'boolean' },
						canPropose: { type: 'boolean' },
						pending: { type: 'array', items: revision },
						decided: { type: 'array', items: revision }
					}
				}),
				...errors(400, 404)
			}
		},
		post: {
			summary:
				'Propose a revision: the whole new text, on the current version (three pending at most per person)',
			parameters: [contributionId],
			requestBody: jsonBody(fromZod(RevisionTextSchema)),
			responses: {
				'201': ok('Proposed', { type: 'object', properties: { id: uuid, baseVersion: { type: 'integer' } } }),
				...errors(400, 401, 403, 404, 409)
			}
		}
	},
	'/knowledge/revisions/{revisionId}': {
		get: {
			summary: 'One revision (its contribution’s author, its proposer, or everyone once accepted)',
			parameters: [revisionId],
			responses: {
				'200': ok('Revision', {
					...revision,
					properties: { ...revision.properties, contributionId: uuid, currentVersion: { type: 'integer' } }
				}),
				...errors(400, 404)
			}
		},
		delete: {
			summary: 'Withdraw my pending revision',
			parameters: [revisionId],
			responses: { '200': ok('Withdrawn', { type: 'object' }), ...errors(400, 401, 403, 404, 409) }
		}
	},
	'/knowledge/revisions/{revisionId}/decision': {
		post: {
			summary:
				'The author accepts (it becomes the next version, by the proposer) or declines a pending revision; 409 when it is based on an older version or already decided',
			parameters: [revisionId],
			requestBody: jsonBody(fromZod(DecideRevisionSchema.omit({ revisionId: true }))),
			responses: {
				'200': ok('Decided', {
					type: 'object',
					properties: { status: { enum: ['accepted', 'declined'] }, version: nullable({ type: 'integer' }) }
				}),
				...errors(400, 401, 403, 404, 409)
			}
		}
	}
};
