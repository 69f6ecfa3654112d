import { loadKnowledgeSearch } from '$lib/server/knowledge-search-page';
import type { PageServerLoad } from './$types';

/** The search form is a GET: the address holds the query, so a result page can be shared and reloaded. */
export const load: PageServerLoad = (event) => loadKnowledgeSearch(event);
