import type { Cookies } from '@sveltejs/kit';

const COOKIE = 'ep_recovery_codes';
const PAGE = '/compte/codes-de-recuperation';

/**
 * New recovery codes travel from the action that made them to the page that shows them (303 after POST,
 * no JavaScript needed) in a short-lived cookie sent only to that page; the page deletes it as it shows
 * them, so they are shown once and exist nowhere else in clear.
 */
export function holdCodesForDisplay(cookies: Cookies, url: URL, codes: string[]): void {
	cookies.set(COOKIE, codes.join('.'), {
		path: PAGE,
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 10 * 60
	});
}

/** The codes waiting to be shown (and forgets them), or null when they were already shown. */
export function takeCodesForDisplay(cookies: Cookies): string[] | null {
	const held = cookies.get(COOKIE);
	if (!held) return null;
	cookies.delete(COOKIE, { path: PAGE });
	const codes = held.split('.').filter((code) => /^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/.test(code));
	return codes.length > 0 ? codes : null;
}

/** Where the codes are shown, then where "I have noted them" leads. */
export function codesPage(next: string): string {
	return next === '/' ? PAGE : `${PAGE}?suite=${encodeURIComponent(next)}`;
}
