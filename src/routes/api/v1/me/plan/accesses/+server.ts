import { listPlanShares } from '$core/plans';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Who opened my plan and when (a supporter by pseudonym, a link by the name I gave it), newest first. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => ({ accesses: (await listPlanShares(ctxFor(event))).accesses }));
