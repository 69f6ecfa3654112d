import { deleteDebriefNote } from '$core/gatherings';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Deletes one of my debrief notes (a shared one leaves the coordinators' list). */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, async () => {
		await deleteDebriefNote(ctxFor(event), { noteId: event.params.noteId });
	});
