import { addIntervisionNote, getIntervision } from '$core/gatherings';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The intervision in its four parts with their notes (participants and facilitators who pledged). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => getIntervision(ctxFor(event), { occurrenceId: event.params.occurrenceId }));

/** Adds a note to one part: `{ "part": "situation", "body": "..." }`. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			return addIntervisionNote(ctxFor(event), {
				occurrenceId: event.params.occurrenceId,
				part: body.part as never,
				body: body.body as string
			});
		},
		201
	);
