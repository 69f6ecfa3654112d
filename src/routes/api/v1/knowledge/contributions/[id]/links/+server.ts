import { linkContributions, unlinkContributions } from '$core/knowledge';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The author links the contribution to another one they can read ({ toId, kind }). */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return linkContributions(ctxFor(event), { ...body, fromId: event.params.id } as never);
	});

/** The author removes a link ({ toId }); 204. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		await unlinkContributions(ctxFor(event), { ...body, fromId: event.params.id } as never);
	});
