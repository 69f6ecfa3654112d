import type { Cookies } from '@sveltejs/kit';
import { isDomainError } from '$core/shared';
import { STATUS_BY_CODE } from './http-errors';

/**
 * An iCalendar response. Private (`no-store`): a feed or a session file may hold a meeting link, and no
 * shared cache may keep it.
 */
export function calendarResponse(body: string, filename?: string): Response {
	const headers: Record<string, string> = {
		'content-type': 'text/calendar; charset=utf-8',
		'cache-control': 'private, no-store',
		'x-content-type-options': 'nosniff'
	};
	if (filename) headers['content-disposition'] = `attachment; filename="${filename}"`;
	return new Response(body, { headers });
}

/** A refused calendar request: the status alone, as plain text (a calendar app shows nothing more). */
export function calendarRefusal(error: unknown): Response {
	if (!isDomainError(error)) throw error;
	const headers: Record<string, string> = {
		'content-type': 'text/plain; charset=utf-8',
		'cache-control': 'no-store'
	};
	if (error.retryAfterSeconds) headers['retry-after'] = String(error.retryAfterSeconds);
	return new Response(error.code === 'NOT_FOUND' ? 'Not found' : error.code, {
		status: STATUS_BY_CODE[error.code],
		headers
	});
}

const FEED_COOKIE = 'ep_calendar_feed';
const FEED_PAGE = '/compte/agenda';

/**
 * A new feed's address travels from the action that made it to the page that shows it once (303 after
 * POST, no JavaScript needed) in a short-lived cookie sent only to that page, deleted as it is shown.
 */
export function holdFeedUrlForDisplay(cookies: Cookies, url: URL, feedUrl: string): void {
	cookies.set(FEED_COOKIE, feedUrl, {
		path: FEED_PAGE,
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 10 * 60
	});
}

/** The feed address waiting to be shown (and forgets it), or null. */
export function takeFeedUrlForDisplay(cookies: Cookies, url: URL): string | null {
	const held = cookies.get(FEED_COOKIE);
	if (!held) return null;
	cookies.delete(FEED_COOKIE, { path: FEED_PAGE });
	return held.startsWith(`${url.origin}/agenda/`) && held.endsWith('.ics') ? held : null;
}
