import { signOffStep } from '$core/pathway';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** A referent signs one step off (`{ stepId }`). */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () =>
			signOffStep(ctxFor(event), {
				...(await readJson(event.request)),
				enrolmentId: event.params.enrolmentId
			} as never),
		201
	);
