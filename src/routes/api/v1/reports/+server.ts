import { createReport } from '$core/moderation';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/**
 * Reports `{ subjectKind, subjectId, reason, details? }` to the moderators of the organisation where it
 * happened. 201 when filed, 200 when this person had already reported it (the first report stands).
 */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		const result = await createReport(ctxFor(event), body as Parameters<typeof createReport>[1]);
		return new Response(JSON.stringify(result), {
			status: result.created ? 201 : 200,
			headers: { 'content-type': 'application/json' }
		});
	});
