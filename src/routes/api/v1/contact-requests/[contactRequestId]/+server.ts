import { decideContactRequest } from '$core/matching';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/**
 * The supporter accepts (`{ "decision": "accept" }`, which opens the accompaniment) or declines (with an
 * optional kind `declineMessage`); the requester withdraws (`{ "decision": "withdraw" }`).
 */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return decideContactRequest(ctxFor(event), {
			...body,
			contactRequestId: event.params.contactRequestId
		} as Parameters<typeof decideContactRequest>[1]);
	});
