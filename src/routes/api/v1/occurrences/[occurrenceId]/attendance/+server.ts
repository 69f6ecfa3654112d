import { attendanceSheet, recordAttendance } from '$core/gatherings';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Facilitators: the people holding a confirmed place, by pseudonym, with what was recorded. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => attendanceSheet(ctxFor(event), { occurrenceId: event.params.occurrenceId }));

/** Facilitators, once started: `{ "attendedAccountIds": [...], "walkInCount": 2 }` replaces the record. */
export const PUT: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return recordAttendance(ctxFor(event), {
			attendedAccountIds: body.attendedAccountIds,
			walkInCount: body.walkInCount,
			occurrenceId: event.params.occurrenceId
		});
	});
