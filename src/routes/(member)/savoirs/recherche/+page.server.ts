import { loadKnowledgeSearch } from '$lib/server/knowledge-search-page';
import type { PageServerLoad } from './$types';

/**
 * The members' live search: the same GET form and results as /savoirs, rendered on the server (it works
 * without JavaScript); with JavaScript the page reloads this data as the person types.
 */
export const load: PageServerLoad = (event) => loadKnowledgeSearch(event);
