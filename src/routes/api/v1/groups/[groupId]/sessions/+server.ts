import { listGroupOccurrences, scheduleSession } from '$core/gatherings';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The group's next occurrences (`?limit=`), with my registration; 404 for who may not see the group. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		listGroupOccurrences(ctxFor(event), {
			groupId: event.params.groupId,
			limit: event.url.searchParams.get('limit') ?? undefined
		})
	);

/** Schedules a one-off or recurring session (facilitators and coordinators). */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () =>
			scheduleSession(ctxFor(event), {
				...(await readJson(event.request)),
				groupId: event.params.groupId
			} as Parameters<typeof scheduleSession>[1]),
		201
	);
