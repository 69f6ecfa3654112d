import { searchKnowledge } from '$core/knowledge';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Knowledge search: visitors get public contributions, members what they may read (see searchKnowledge). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		searchKnowledge(
			ctxFor(event),
			Object.fromEntries([...event.url.searchParams].filter(([, value]) => value !== ''))
		)
	);
