import { listRevisions, proposeRevision } from '$core/knowledge';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The revisions I may see: all for the author, mine for a proposer, accepted ones for everyone. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => listRevisions(ctxFor(event), { contributionId: event.params.id }));

/** Proposes a revision: the whole new text, with a note. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () =>
			proposeRevision(ctxFor(event), { ...(await readJson(event.request)), contributionId: event.params.id }),
		201
	);
