import { answerHandover } from '$core/pathway';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The person accepts or declines a handover proposal (`{ decision: 'accept' | 'decline' }`). */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () =>
		answerHandover(ctxFor(event), {
			...(await readJson(event.request)),
			handoverId: event.params.handoverId
		} as never)
	);
