import { getContribution, updateContribution } from '$core/knowledge';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** A contribution as the actor (or a visitor) may read it; 404 otherwise. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		getContribution(ctxFor(event), { contributionId: event.params.id, locale: event.locals.locale })
	);

/** The author changes it (UpdateContributionSchema, every field optional); text changes make a version. */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return updateContribution(ctxFor(event), { ...body, contributionId: event.params.id } as never);
	});
