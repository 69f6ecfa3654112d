import { decideReport } from '$core/moderation';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** `{ action, ground, statement, suspendDays? }`: the decision and its statement of reasons. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			return decideReport(ctxFor(event), {
				...(body as Omit<Parameters<typeof decideReport>[1], 'reportId'>),
				reportId: event.params.reportId
			});
		},
		201
	);
