import { decideRevision } from '$core/knowledge';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The author accepts (a new version) or declines (with an optional answer) a pending revision. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () =>
		decideRevision(ctxFor(event), {
			...(await readJson(event.request)),
			revisionId: event.params.revisionId
		} as never)
	);
