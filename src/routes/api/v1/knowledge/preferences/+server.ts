import { getKnowledgePreferences, setKnowledgePreferences } from '$core/knowledge';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The content-warning topics the reader hides. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => getKnowledgePreferences(ctxFor(event)));

/** Replace them ({ hiddenTopics }). */
export const PUT: RequestHandler = (event) =>
	apiResponse(event, async () =>
		setKnowledgePreferences(ctxFor(event), (await readJson(event.request)) as never)
	);
