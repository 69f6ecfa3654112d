import { addReadingListItem } from '$core/knowledge';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Adds a contribution at the end of the list: `{ contributionId, note? }`. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			return addReadingListItem(ctxFor(event), { ...body, listId: event.params.listId } as never);
		},
		201
	);
