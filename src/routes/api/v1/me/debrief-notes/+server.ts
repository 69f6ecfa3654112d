import { listMyDebriefNotes, writeDebriefNote } from '$core/gatherings';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** My debrief journal, with what a note may be linked to and shared with. */
export const GET: RequestHandler = (event) => apiResponse(event, () => listMyDebriefNotes(ctxFor(event)));

/** Writes a note: `{ "whatWasHard", "whatHelped", "whatINeed", "occurrenceId"?, "accompanimentId"? }`. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => writeDebriefNote(ctxFor(event), (await readJson(event.request)) as never),
		201
	);
