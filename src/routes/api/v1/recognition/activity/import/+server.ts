import { importMyActivity } from '$core/recognition';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/**
 * Fill the log from accompaniments and sessions (idempotent); how many entries were added. No body is
 * needed; one that is sent must be a JSON object (read like every other body, so it cannot be a trap).
 */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		if (event.request.headers.has('content-type')) await readJson(event.request);
		return importMyActivity(ctxFor(event));
	});
