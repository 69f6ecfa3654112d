import { listNotifications, whatWaits } from '$core/notifications';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/**
 * My notifications, newest first (`?page=2` for older ones), each named and with where to act, and what
 * waits for me (unread notifications, join requests I coordinate, contact requests I support).
 */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const ctx = ctxFor(event);
		const [list, waiting] = await Promise.all([
			listNotifications(ctx, { page: event.url.searchParams.get('page') ?? undefined }),
			whatWaits(ctx)
		]);
		return { ...list, waiting };
	});
