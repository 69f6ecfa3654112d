import type { Cookies } from '@sveltejs/kit';
import { SESSION_LIFETIME_DAYS } from '$core/accounts';

export const SESSION_COOKIE = 'ep_session';
export const LOCALE_COOKIE = 'ep_lang';
export const TEXT_SIZE_COOKIE = 'ep_text';
export const THEME_COOKIE = 'ep_theme';

/** Every display setting's cookie (a visitor's choices; a signed-in person's on this device). */
export const DISPLAY_COOKIES = {
	textSize: TEXT_SIZE_COOKIE,
	theme: THEME_COOKIE,
	easyRead: 'ep_falc',
	lineSpacing: 'ep_spacing',
	contrast: 'ep_contrast',
	readingFont: 'ep_font'
} as const;

/** The display settings this device's cookies hold (unchecked: resolveDisplaySettings checks them). */
export function displayCookies(cookies: Cookies): Partial<Record<keyof typeof DISPLAY_COOKIES, string>> {
	return Object.fromEntries(
		Object.entries(DISPLAY_COOKIES).map(([name, cookie]) => [name, cookies.get(cookie)])
	);
}

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
