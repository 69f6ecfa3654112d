import { assignReport } from '$core/moderation';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** `{ "assignee": "me" | "nobody" }`. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return assignReport(ctxFor(event), { reportId: event.params.reportId, assignee: body.assignee as 'me' });
	});
