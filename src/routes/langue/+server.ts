import { redirect } from '@sveltejs/kit';
import { updatePreferences } from '$core/accounts';
import { isLocale } from '$i18n';
import { ctxFor } from '$lib/server/context';
import { LOCALE_COOKIE, setPreferenceCookie } from '$lib/server/cookies';
import { formFields, readForm, safeRedirectTarget } from '$lib/server/forms';
import type { RequestHandler } from './$types';

/** The header's language switch: remembered in a cookie, and on the account when signed in. */
export const POST: RequestHandler = async (event) => {
	// A malformed body (or one carrying NUL) changes nothing and just goes back home.
	let fields: Record<string, string> = {};
	try {
		fields = formFields(await readForm(event.request));
	} catch {
		// keep the current language
	}
	if (isLocale(fields.locale)) {
		setPreferenceCookie(event.cookies, event.url, LOCALE_COOKIE, fields.locale);
		if (event.locals.actor) await updatePreferences(ctxFor(event), { locale: fields.locale });
	}
	redirect(303, safeRedirectTarget(fields.redirectTo, event.url.origin));
};
