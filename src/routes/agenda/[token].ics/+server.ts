import { readCalendarFeed } from '$core/gatherings';
import { calendarRefusal, calendarResponse } from '$lib/server/calendar-responses';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** A person's private calendar feed: the token is the credential (no session, no cookie); revoked → 404. */
export const GET: RequestHandler = async (event) => {
	try {
		const ctx = { ...ctxFor(event), actor: null };
		return calendarResponse(
			await readCalendarFeed(ctx, { token: event.params.token }, { siteUrl: event.url.origin })
		);
	} catch (error) {
		return calendarRefusal(error);
	}
};
