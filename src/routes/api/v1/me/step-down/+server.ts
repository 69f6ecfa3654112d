import { stepDown } from '$core/pathway';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Steps down (pause or final), with a plan for each open accompaniment. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => stepDown(ctxFor(event), (await readJson(event.request)) as never), 201);
