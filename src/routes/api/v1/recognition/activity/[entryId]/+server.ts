import { deleteActivity, updateActivity } from '$core/recognition';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Correct an entry (UpdateActivitySchema without entryId). */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () =>
		updateActivity(ctxFor(event), {
			...((await readJson(event.request)) as object),
			entryId: event.params.entryId
		} as never)
	);

/** Remove an entry (an automatic one stays dismissed). */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, () => deleteActivity(ctxFor(event), { entryId: event.params.entryId }));
