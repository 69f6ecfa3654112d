import { deleteIntervisionNote } from '$core/gatherings';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Deletes one of my own intervision notes. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, async () => {
		await deleteIntervisionNote(ctxFor(event), {
			occurrenceId: event.params.occurrenceId,
			noteId: event.params.noteId
		});
	});
