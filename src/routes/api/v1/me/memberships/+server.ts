import { listMyMemberships } from '$core/organisations';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => ({ memberships: await listMyMemberships(ctxFor(event)) }));
