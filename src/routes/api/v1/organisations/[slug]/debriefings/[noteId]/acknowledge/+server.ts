import { acknowledgeDebrief } from '$core/gatherings';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Marks a shared debrief note as seen (coordinators; once). No body. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, () =>
		acknowledgeDebrief(ctxFor(event), { slug: event.params.slug, noteId: event.params.noteId })
	);
