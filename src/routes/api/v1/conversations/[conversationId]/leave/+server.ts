import { leaveConversation } from '$core/conversations';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Leave a group or a direct conversation (404 for it afterwards); an accompaniment's cannot be left (403). */
export const POST: RequestHandler = (event) =>
	apiResponse(event, () => leaveConversation(ctxFor(event), { conversationId: event.params.conversationId }));
