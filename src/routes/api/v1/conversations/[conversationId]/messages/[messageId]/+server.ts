import { deleteMessage, editMessage } from '$core/conversations';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The author corrects a message within 15 minutes: `{ "body": "…" }`. */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return editMessage(ctxFor(event), {
			conversationId: event.params.conversationId,
			messageId: event.params.messageId,
			body: body.body as string
		});
	});

/** The author deletes a message; it shows as "message supprimé" for everyone. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, () =>
		deleteMessage(ctxFor(event), {
			conversationId: event.params.conversationId,
			messageId: event.params.messageId
		})
	);
