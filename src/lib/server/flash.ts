import { redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';

/** One-time cookie carrying a form's outcome across the 303 that follows a POST without JavaScript. */
export const FLASH_COOKIE = 'ep_flash';
/** An outcome is a few flags and ids, never a message's text: past this size it is dropped. */
const MOST_FLASH_BYTES = 1_024;

type Outcome = Record<string, string | number | boolean | null>;

/**
 * Ends a successful form action. With JavaScript (`use:enhance`) the outcome goes back as the action's
 * data. Without it, the browser is sent to a GET of the same page (303, optionally at `anchor`) and the
 * outcome rides along in a one-time cookie, so reloading never posts the form again (Post/Redirect/Get).
 * Keep outcomes small and free of anything private: flags, counts and ids.
 */
export function settled<T extends Outcome>(event: RequestEvent, outcome: T, anchor?: string): T {
	if (event.request.headers.get('x-sveltekit-action') === 'true') return outcome;
	const value = Buffer.from(JSON.stringify(outcome)).toString('base64url');
	if (value.length <= MOST_FLASH_BYTES) {
		event.cookies.set(FLASH_COOKIE, value, {
			path: event.url.pathname,
			httpOnly: true,
			sameSite: 'lax',
			secure: event.url.protocol === 'https:',
			maxAge: 60
		});
	}
	// A named action posts to `?/name`: the page to go back to is the same address without it.
	const search = new URLSearchParams(
		[...event.url.searchParams].filter(([key]) => !key.startsWith('/'))
	).toString();
	redirect(303, `${event.url.pathname}${search ? `?${search}` : ''}${anchor ? `#${anchor}` : ''}`);
}

/** Reads and forgets the outcome a `settled` redirect left for this page (null when there is none). */
export function takeFlash(cookies: Cookies, url: URL): Outcome | null {
	const value = cookies.get(FLASH_COOKIE);
	if (value === undefined) return null;
	cookies.delete(FLASH_COOKIE, { path: url.pathname });
	if (value.length > MOST_FLASH_BYTES) return null;
	try {
		const outcome: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
		if (!outcome || typeof outcome !== 'object' || Array.isArray(outcome)) return null;
		const entries = Object.entries(outcome).filter(
			([, field]) => field === null || ['string', 'number', 'boolean'].includes(typeof field)
		);
		return Object.fromEntries(entries) as Outcome;
	} catch {
		return null;
	}
}
