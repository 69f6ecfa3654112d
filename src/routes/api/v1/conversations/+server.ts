import { myConversations } from '$core/conversations';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The signed-in person's conversations, most recent first, with unread counts. */
export const GET: RequestHandler = (event) => apiResponse(event, () => myConversations(ctxFor(event)));
