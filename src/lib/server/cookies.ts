import type { Cookies } from '@sveltejs/kit';
import { SESSION_LIFETIME_DAYS } from '$core/accounts';

export const SESSION_COOKIE = 'ep_session';
export const LOCALE_COOKIE = 'ep_lang';
export const TEXT_SIZE_COOKIE = 'ep_text';
export const THEME_COOKIE = 'ep_theme';

const YEAR_SECONDS = 365 * 24 * 60 * 60;

function secure(url: URL): boolean {
	return url.protocol === 'https:';
}

/** HttpOnly, SameSite=Lax, Secure when served over https. */
export function setSessionCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: secure(url),
		maxAge: SESSION_LIFETIME_DAYS * 24 * 60 * 60
	});
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}

/** Display preferences are plain cookies so they also work for visitors who are not signed in. */
export function setPreferenceCookie(cookies: Cookies, url: URL, name: string, value: string): void {
	cookies.set(name, value, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: secure(url),
		maxAge: YEAR_SECONDS
	});
}
