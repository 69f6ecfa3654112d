import {
	AddReadingListItemSchema,
	CreateReadingListSchema,
	MoveReadingListItemSchema,
	SearchKnowledgeSchema,
	UpdateReadingListSchema
} from '$core/knowledge';
import { errors, fromZod, jsonBody, ok, queryFromZod, ref, uuidParameter } from './openapi-parts';

const listId = uuidParameter('listId');
const contributionId = uuidParameter('contributionId');

/**
 * Knowledge search, reading lists and research datasets in the OpenAPI document. What the caller may not
 * read is left out of results, and a list or dataset they may not read is 404.
 */
export const knowledgeSearchPaths = {
	'/knowledge/search': {
		get: {
			summary:
				'Search the experiential knowledge the caller may read (public only without a session); without q, the latest',
			parameters: queryFromZod(SearchKnowledgeSchema),
			responses: { '200': ok('Results', ref('KnowledgeSearch')), ...errors(400) }
		}
	},
	'/knowledge/reading-lists': {
		get: {
			summary: 'An organisation’s reading lists the caller may read',
			parameters: [{ name: 'slug', in: 'query', required: true, schema: { type: 'string' } }],
			responses: { '200': ok('Lists', { type: 'object' }), ...errors(400, 404) }
		},
		post: {
			summary: 'Start a reading list (the organisation’s coordinators and peer supporters)',
			requestBody: jsonBody(fromZod(CreateReadingListSchema)),
			responses: {
				'201': ok('Created', { type: 'object', properties: { listId: { type: 'string' } } }),
				...errors(400, 401, 403, 404)
			}
		}
	},
	'/knowledge/reading-lists/{listId}': {
		get: {
			parameters: [listId],
			summary: 'A reading list with the items the caller may read, in order',
			responses: { '200': ok('List', ref('ReadingList')), ...errors(404) }
		},
		patch: {
			parameters: [listId],
			summary: 'Its title, introduction and audience',
			requestBody: jsonBody(fromZod(UpdateReadingListSchema.omit({ listId: true }))),
			responses: { '204': ok('Saved'), ...errors(400, 401, 403, 404) }
		},
		delete: {
			parameters: [listId],
			summary: 'Delete the list (the contributions stay)',
			responses: { '204': ok('Deleted'), ...errors(401, 403, 404) }
		}
	},
	'/knowledge/reading-lists/{listId}/items': {
		post: {
			parameters: [listId],
			summary: 'Add a contribution at the end (at most 50; the same one once)',
			requestBody: jsonBody(fromZod(AddReadingListItemSchema.omit({ listId: true }))),
			responses: {
				'201': ok('Added', { type: 'object', properties: { position: { type: 'integer' } } }),
				...errors(400, 401, 403, 404, 409)
			}
		}
	},
	'/knowledge/reading-lists/{listId}/items/{contributionId}': {
		patch: {
			parameters: [listId, contributionId],
			summary: 'Move an item one place up or down',
			requestBody: jsonBody(fromZod(MoveReadingListItemSchema.omit({ listId: true, contributionId: true }))),
			responses: { '204': ok('Moved'), ...errors(400, 401, 403, 404) }
		},
		delete: {
			parameters: [listId, contributionId],
			summary: 'Take an item out (the ones after it move up)',
			responses: { '204': ok('Removed'), ...errors(401, 403, 404) }
		}
	}
};

const tally = {
	type: 'object',
	properties: {
		worked: { type: 'integer' },
		different: { type: 'integer' },
		did_not_work: { type: 'integer' }
	}
};

export const knowledgeSearchSchemas = {
	ReadingList: {
		type: 'object',
		properties: {
			id: { type: 'string', format: 'uuid' },
			title: { type: 'string' },
			introduction: { type: 'string' },
			audience: { type: 'string', enum: ['organisation', 'members', 'public'] },
			canManage: { type: 'boolean' },
			items: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						contributionId: { type: 'string', format: 'uuid' },
						title: { type: 'string' },
						form: { type: 'string' },
						excerpt: { type: 'string' },
						contentWarnings: { type: 'array', items: { type: 'string' } },
						note: { type: 'string' }
					}
				}
			}
		}
	},
	KnowledgeSearch: {
		type: 'object',
		properties: {
			corrections: {
				type: 'array',
				items: { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' } } }
			},
			experienceIds: { type: 'array', items: { type: 'string' } },
			page: { type: 'integer' },
			hasMore: { type: 'boolean' },
			results: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						id: { type: 'string', format: 'uuid' },
						title: { type: 'string' },
						form: { type: 'string' },
						excerpt: { type: 'string' },
						contentWarnings: { type: 'array', items: { type: 'string' } },
						language: { type: 'string' },
						hasEasyRead: { type: 'boolean' },
						createdAt: { type: 'string', format: 'date-time' },
						tally
					}
				}
			}
		}
	}
};
