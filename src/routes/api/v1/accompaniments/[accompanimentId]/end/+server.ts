import { endAccompaniment } from '$core/matching';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Either party ends the accompaniment, without having to say why. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, () =>
		endAccompaniment(ctxFor(event), { accompanimentId: event.params.accompanimentId })
	);
