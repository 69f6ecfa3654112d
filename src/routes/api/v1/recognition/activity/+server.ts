import { listMyActivity, logActivity } from '$core/recognition';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The actor's activity log and totals (optional ?from=&to= days). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const { entries, totals } = await listMyActivity(ctxFor(event), {
			from: event.url.searchParams.get('from') ?? undefined,
			to: event.url.searchParams.get('to') ?? undefined
		});
		return { entries, totals };
	});

/** Log an activity (LogActivitySchema); 201 with its id. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => logActivity(ctxFor(event), (await readJson(event.request)) as never), 201);
