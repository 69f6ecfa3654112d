import { addModerationNote } from '$core/moderation';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** An internal note `{ "body" }`, seen by moderators only. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			return addModerationNote(ctxFor(event), { reportId: event.params.reportId, body: body.body as string });
		},
		201
	);
