import { signalTyping } from '$core/conversations';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/**
 * I am typing (a page sends it at most every 3 s). 204 whether or not the others are told: they are only
 * when I show my presence in this conversation. 429 past 30 a minute.
 */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		await signalTyping(ctxFor(event), { conversationId: event.params.conversationId });
	});
