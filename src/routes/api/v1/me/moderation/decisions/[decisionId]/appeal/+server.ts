import { fileAppeal } from '$core/moderation';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** `{ reason }`: contest a decision about me, or about my report, once, within 30 days. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			return fileAppeal(ctxFor(event), {
				reason: body.reason as string,
				decisionId: event.params.decisionId
			});
		},
		201
	);
