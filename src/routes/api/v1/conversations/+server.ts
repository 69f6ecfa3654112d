import { myConversations, startDirectConversation } from '$core/conversations';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The signed-in person's conversations, most recent first, with unread counts. */
export const GET: RequestHandler = (event) => apiResponse(event, () => myConversations(ctxFor(event)));

/**
 * Opens (or finds) a direct conversation with `{ "accountId" }`: a member of a shared organisation who
 * accepts direct messages. 201 when created, 200 when it already existed.
 */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		const result = await startDirectConversation(ctxFor(event), { accountId: body.accountId as string });
		return new Response(JSON.stringify(result), {
			status: result.created ? 201 : 200,
			headers: { 'content-type': 'application/json' }
		});
	});
