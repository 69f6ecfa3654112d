import { eraseMyAttendance, myAttendance } from '$core/gatherings';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** My attendance history: date, group, whether I came. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => ({ attendance: await myAttendance(ctxFor(event)) }));

/** Erases my attendance history (the sessions' anonymous counts stay). */
export const DELETE: RequestHandler = (event) => apiResponse(event, () => eraseMyAttendance(ctxFor(event)));
