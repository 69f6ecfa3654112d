import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import { moderationStream } from '$lib/server/moderation-stream';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** Server-Sent Events: `report` (with `reportId`) whenever a report this person moderates is filed or changes. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => moderationStream(ctxFor(event), getRuntime().hub));
