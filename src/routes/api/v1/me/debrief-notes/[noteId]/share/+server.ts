import { shareDebriefNote } from '$core/gatherings';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Shares the note with one organisation's coordinators to ask for a debrief: `{ "organisationId" }`. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return shareDebriefNote(ctxFor(event), {
			noteId: event.params.noteId,
			organisationId: body.organisationId as string
		});
	});
