import { appealDetail } from '$core/moderation';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** One appeal: the decision, the appellant's words, the reported content (logged as a staff access). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => appealDetail(ctxFor(event), { appealId: event.params.appealId }));
