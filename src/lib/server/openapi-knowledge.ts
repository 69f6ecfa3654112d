import {
	CreateContributionSchema,
	LinkContributionsSchema,
	SetKnowledgePreferencesSchema,
	UnlinkContributionsSchema,
	UpdateContributionSchema
} from '$core/knowledge';
import { errors, fromZod, jsonBody, ok, uuidParameter } from './openapi-parts';

/**
 * Contributions (experiential knowledge), their versions and links, and the reader's hidden topics, request
 * bodies generated from the zod schemas the use cases validate with. A contribution the actor may not read
 * is 404, whether it exists or not (visitors read public ones).
 */
const id = uuidParameter('id');
const number = { name: 'number', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const contribution = {
	type: 'object',
	properties: {
		id: { type: 'string', format: 'uuid' },
		title: { type: 'string' },
		body: { type: 'string', description: 'Markdown subset: paragraphs, lists, emphasis, links' },
		bodyHtml: { type: 'string', description: 'Rendered on the server: raw HTML escaped, no images' },
		form: { type: 'string' },
		contentWarnings: { type: 'array', items: { type: 'string' } },
		hiddenByPreference: { type: 'array', items: { type: 'string' } },
		author: { type: ['string', 'null'], description: 'Pseudonym, or null for “un·e pair”' },
		audience: { type: 'string' },
		status: { type: 'string' },
		version: { type: 'integer' },
		experiences: { type: 'array', items: { type: 'object' } },
		tally: { type: 'object' },
		links: { type: 'object' },
		can: { type: 'object' }
	}
};
const versionList = {
	type: 'object',
	properties: {
		id: { type: 'string' },
		title: { type: 'string' },
		current: { type: 'integer' },
		versions: { type: 'array', items: { type: 'object' } }
	}
};
const diff = {
	type: 'object',
	properties: {
		number: { type: 'integer' },
		previous: { type: ['integer', 'null'] },
		note: { type: 'string' },
		changes: {
			type: 'array',
			items: {
				type: 'object',
				properties: { field: { type: 'string' }, parts: { type: 'array', items: { type: 'object' } } }
			}
		}
	}
};
const preferences = {
	type: 'object',
	properties: { hiddenTopics: { type: 'array', items: { type: 'string' } } }
};

export const knowledgePaths = {
	'/knowledge/contributions': {
		get: {
			summary: 'The actor’s own contributions, drafts included',
			responses: { '200': ok('Contributions', { type: 'object' }), ...errors(401) }
		},
		post: {
			summary: 'Write a contribution (or a draft)',
			requestBody: jsonBody(fromZod(CreateContributionSchema)),
			responses: {
				'201': ok('Created', {
					type: 'object',
					properties: { id: { type: 'string' }, status: { type: 'string' } }
				}),
				...errors(400, 401, 413)
			}
		}
	},
	'/knowledge/contributions/{id}': {
		get: {
			parameters: [id],
			summary: 'A contribution the actor (or a visitor) may read',
			responses: { '200': ok('Contribution', contribution), ...errors(404) }
		},
		patch: {
			parameters: [id],
			summary: 'The author changes it; a change of its text makes the next version',
			requestBody: jsonBody(fromZod(UpdateContributionSchema.omit({ contributionId: true }))),
			responses: {
				'200': ok('Saved', {
					type: 'object',
					properties: {
						id: { type: 'string' },
						version: { type: 'integer' },
						versionMade: { type: 'boolean' },
						changed: { type: 'boolean' }
					}
				}),
				...errors(400, 401, 403, 404, 413)
			}
		}
	},
	'/knowledge/contributions/{id}/versions': {
		get: {
			parameters: [id],
			summary: 'Every version, newest first, with date and editor',
			responses: { '200': ok('Versions', versionList), ...errors(404) }
		}
	},
	'/knowledge/contributions/{id}/versions/{number}/diff': {
		get: {
			parameters: [id, number],
			summary: 'What a version changed from the one before it (word runs)',
			responses: { '200': ok('Changes', diff), ...errors(400, 404) }
		}
	},
	'/knowledge/contributions/{id}/links': {
		post: {
			parameters: [id],
			summary: 'Link the contribution (its author) to another one they can read',
			requestBody: jsonBody(fromZod(LinkContributionsSchema.omit({ fromId: true }))),
			responses: { '200': ok('Linked', { type: 'object' }), ...errors(400, 401, 403, 404) }
		},
		delete: {
			parameters: [id],
			summary: 'Remove one of its links',
			requestBody: jsonBody(fromZod(UnlinkContributionsSchema.omit({ fromId: true }))),
			responses: { '204': ok('Removed'), ...errors(400, 401, 403, 404) }
		}
	},
	'/knowledge/preferences': {
		get: {
			summary: 'The content-warning topics the reader hides',
			responses: { '200': ok('Preferences', preferences), ...errors(401) }
		},
		put: {
			summary: 'Choose the content-warning topics to hide',
			requestBody: jsonBody(fromZod(SetKnowledgePreferencesSchema)),
			responses: { '200': ok('Saved', preferences), ...errors(400, 401) }
		}
	}
};
