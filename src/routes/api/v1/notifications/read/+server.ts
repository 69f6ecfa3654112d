import { markNotificationsRead } from '$core/notifications';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Marks one of my notifications as read (`{ "notificationId": "…" }`) or all of them (`{ "all": true }`). */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return markNotificationsRead(ctxFor(event), body as Parameters<typeof markNotificationsRead>[1]);
	});
