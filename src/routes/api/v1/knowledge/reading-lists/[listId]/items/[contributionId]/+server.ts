import { moveReadingListItem, removeReadingListItem } from '$core/knowledge';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Moves an item one place: `{ direction: 'up' | 'down' }`. */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		await moveReadingListItem(ctxFor(event), { ...body, ...event.params } as never);
	});

/** Takes an item out of the list (the ones after it move up). */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, async () => {
		await removeReadingListItem(ctxFor(event), event.params);
	});
