import { myPathway } from '$core/pathway';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The caller's paths with where they stand, mission sheets, role state and handovers addressed to them. */
export const GET: RequestHandler = (event) => apiResponse(event, () => myPathway(ctxFor(event)));
