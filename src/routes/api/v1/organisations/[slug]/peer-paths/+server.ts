import { createPath, listPaths } from '$core/pathway';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The organisation's training paths, with the caller's own enrolment on each (active members). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => listPaths(ctxFor(event), { slug: event.params.slug }));

/** Defines a path and its ordered steps (coordinators). */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () =>
			createPath(ctxFor(event), { ...(await readJson(event.request)), slug: event.params.slug } as never),
		201
	);
