import { deleteReadingList, getReadingList, updateReadingList } from '$core/knowledge';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** A reading list with the items the caller may read, in order. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => getReadingList(ctxFor(event), { listId: event.params.listId }));

/** Its title, introduction and audience. */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		await updateReadingList(ctxFor(event), { ...body, listId: event.params.listId } as never);
	});

export const DELETE: RequestHandler = (event) =>
	apiResponse(event, async () => {
		await deleteReadingList(ctxFor(event), { listId: event.params.listId });
	});
