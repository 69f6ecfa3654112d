import { createMissionSheet, listMissionSheets } from '$core/pathway';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The organisation's mission sheets: all for coordinators, the caller's own otherwise. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => listMissionSheets(ctxFor(event), { slug: event.params.slug }));

/** Writes a mission sheet for a member (coordinators): version 1, unsigned. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () =>
			createMissionSheet(ctxFor(event), {
				...(await readJson(event.request)),
				slug: event.params.slug
			} as never),
		201
	);
