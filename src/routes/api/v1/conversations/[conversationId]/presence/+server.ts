import { setPresenceVisibility } from '$core/conversations';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** `{ "visible": true|false }`: whether the others see when I am online here, and when I type. */
export const PUT: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return setPresenceVisibility(ctxFor(event), {
			conversationId: event.params.conversationId,
			visible: body.visible as boolean
		});
	});
