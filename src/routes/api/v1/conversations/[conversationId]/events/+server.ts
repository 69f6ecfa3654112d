import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import { conversationStream } from '$lib/server/conversation-stream';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/**
 * Server-Sent Events: every new message of the conversation (event id = its `seq`), and `changed`
 * events for edits and deletions. Resumes after `Last-Event-ID`, or `?after=<seq>` on a first connection.
 */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		conversationStream(
			ctxFor(event),
			getRuntime().hub,
			event.params.conversationId,
			Number(event.request.headers.get('last-event-id') ?? event.url.searchParams.get('after') ?? 0) || 0
		)
	);
