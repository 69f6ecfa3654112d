import { createReadingList, listReadingLists } from '$core/knowledge';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** An organisation's reading lists the caller may read (`?slug=`). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		listReadingLists(ctxFor(event), { slug: event.url.searchParams.get('slug') ?? '' })
	);

/** Starts a reading list (coordinators and peer supporters of the organisation). */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => createReadingList(ctxFor(event), (await readJson(event.request)) as never),
		201
	);
