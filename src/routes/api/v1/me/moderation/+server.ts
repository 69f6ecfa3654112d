import { myModerationRecord } from '$core/moderation';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Decisions about me with their statements of reasons, staff access to my content, my reports' outcomes. */
export const GET: RequestHandler = (event) => apiResponse(event, () => myModerationRecord(ctxFor(event)));
