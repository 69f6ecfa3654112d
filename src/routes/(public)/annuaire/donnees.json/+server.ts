import { json } from '@sveltejs/kit';
import { directoryJson, exportDirectory } from '$core/directory';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The published directory as open data: a schema.org ItemList of Organization (with their Service offers). */
export const GET: RequestHandler = async (event) =>
	json(directoryJson(event.url.origin, await exportDirectory(ctxFor(event))), {
		headers: { 'content-type': 'application/ld+json; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
