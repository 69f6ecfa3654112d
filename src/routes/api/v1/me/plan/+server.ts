import { getMyPlan, savePlan, type PlanContentInput } from '$core/plans';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** My plan: the current version (or `?version=n`), and every version's number and date. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		getMyPlan(ctxFor(event), { version: event.url.searchParams.get('version') ?? undefined })
	);

/** Saves my plan as a new version (none when nothing changed). */
export const PUT: RequestHandler = (event) =>
	apiResponse(event, async () =>
		savePlan(ctxFor(event), (await readJson(event.request)) as PlanContentInput)
	);
