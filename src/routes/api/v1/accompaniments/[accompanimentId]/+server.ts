import { getAccompaniment } from '$core/matching';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** One accompaniment, for its two parties only (anyone else: not found). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		getAccompaniment(ctxFor(event), { accompanimentId: event.params.accompanimentId })
	);
