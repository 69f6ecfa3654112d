import { SearchKnowledgeSchema } from '$core/knowledge';
import { errors, ok, queryFromZod, ref } from './openapi-parts';

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
