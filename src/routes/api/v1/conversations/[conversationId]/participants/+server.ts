import { addGroupParticipants } from '$core/conversations';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/**
 * A participant who may open groups in the group's organisation adds its members:
 * `{ "participantIds": [accountId...] }`.
 */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return addGroupParticipants(ctxFor(event), {
			conversationId: event.params.conversationId,
			participantIds: body.participantIds as string[]
		});
	});
