import { startGroupConversation } from '$core/conversations';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/**
 * Opens a group conversation in the organisation: `{ "title", "participantIds": [accountId...] }`, for its
 * coordinators and peer supporters, among its active members (50 people at most, the opener included).
 */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			return startGroupConversation(ctxFor(event), {
				slug: event.params.slug,
				title: body.title as string,
				participantIds: body.participantIds as string[]
			});
		},
		201
	);
