import { setAnswerStatus } from '$core/offers';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The structure's coordinator sets an answer's status ({ status }). */
export const PUT: RequestHandler = (event) =>
	apiResponse(event, async () =>
		setAnswerStatus(ctxFor(event), { ...(await readJson(event.request)), answerId: event.params.id } as never)
	);
