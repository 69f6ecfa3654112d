import { getRevision, withdrawRevision } from '$core/knowledge';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** One revision, for its contribution's author, its proposer, or everyone once accepted. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => getRevision(ctxFor(event), { revisionId: event.params.revisionId }));

/** The proposer withdraws a pending revision. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, () => withdrawRevision(ctxFor(event), { revisionId: event.params.revisionId }));
