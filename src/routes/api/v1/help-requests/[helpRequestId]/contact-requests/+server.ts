import { sendContactRequest } from '$core/matching';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Asks one matched supporter for contact: `{ "supporterId" }`. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			return sendContactRequest(ctxFor(event), {
				...body,
				helpRequestId: event.params.helpRequestId
			} as Parameters<typeof sendContactRequest>[1]);
		},
		201
	);
