import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import { notificationStream } from '$lib/server/notification-stream';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** Server-Sent Events: `waiting` whenever what waits for me may have changed (re-read the counts). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => notificationStream(ctxFor(event), getRuntime().hub));
