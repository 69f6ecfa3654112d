import { createContribution, myContributions } from '$core/knowledge';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The actor's own contributions, drafts included. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => ({ contributions: await myContributions(ctxFor(event)) }));

/** Write a contribution (CreateContributionSchema); 201 with its id. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => createContribution(ctxFor(event), (await readJson(event.request)) as never),
		201
	);
