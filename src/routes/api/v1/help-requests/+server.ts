import { createHelpRequest } from '$core/matching';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Describes what I live and how I would like to talk; matches are then read from the new request. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () =>
			createHelpRequest(
				ctxFor(event),
				(await readJson(event.request)) as Parameters<typeof createHelpRequest>[1]
			),
		201
	);
