import { alertDifficultConversation, myAccompanimentAlerts } from '$core/care';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The supporter's alerts on this accompaniment and when each was acknowledged (empty for the requester). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => ({
		alerts: await myAccompanimentAlerts(ctxFor(event), { accompanimentId: event.params.accompanimentId })
	}));

/** The supporter marks the conversation difficult: `{ "note": "..." }` (optional, never message content). */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			return alertDifficultConversation(ctxFor(event), {
				accompanimentId: event.params.accompanimentId,
				note: body.note as string | undefined
			});
		},
		201
	);
