import { reportDetail } from '$core/moderation';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** One report: content (logged as a staff access), account history, notes, decisions left to take. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => reportDetail(ctxFor(event), { reportId: event.params.reportId }));
