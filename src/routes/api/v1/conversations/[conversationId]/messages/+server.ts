import { readConversation, sendMessage } from '$core/conversations';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import { recordRead } from '$lib/server/presence-stream';
import { getRuntime } from '$lib/server/runtime';
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** A page of messages, newest last; `?before=<nextBefore>` goes further back (cursor pagination). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const ctx = ctxFor(event);
		const { readUpTo, ...page } = await readConversation(ctx, {
			conversationId: event.params.conversationId,
			before: event.url.searchParams.get('before') ?? undefined,
			limit: event.url.searchParams.get('limit') ?? undefined
		});
		// The read marker moves in the process's next batch of views, not in this request.
		recordRead(ctx, getRuntime().hub, event.params.conversationId, readUpTo);
		return page;
	});

/**
 * Sends `{ "messageId": "<uuid made by the client>", "body": "…" }`. Answered once stored: 201, or 200
 * with the same message when this `messageId` was already stored (a retry).
 */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		const sent = await sendMessage(ctxFor(event), {
			conversationId: event.params.conversationId,
			messageId: body.messageId as string,
			body: body.body as string
		});
		return json(sent, { status: sent.duplicate ? 200 : 201 });
	});
