import { redirect } from '@sveltejs/kit';
import { readPreferences, updatePreferences } from '$core/accounts';
import { ctxFor } from '$lib/server/context';
import { DISPLAY_COOKIES, LOCALE_COOKIE, setPreferenceCookie } from '$lib/server/cookies';
import { formFields, readForm, safeRedirectTarget } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';
import { settled } from '$lib/server/flash';

export const load: PageServerLoad = ({ locals }) => ({ display: locals.display });

export const actions: Actions = {
	default: async (event) => {
		let form: FormData | undefined;
		let back: string | null = null;
		try {
			form = await readForm(event.request);
			const { suite, ...fields } = formFields(form);
			// The easy-read switch on the home page sends the person back where they were.
			if (suite !== undefined) back = safeRedirectTarget(suite, event.url.origin);
			const preferences = readPreferences(fields as Parameters<typeof readPreferences>[0]);
			if (event.locals.actor) await updatePreferences(ctxFor(event), preferences);
			const { locale, easyRead, ...rest } = preferences;
			const display = { ...rest, ...(easyRead === undefined ? {} : { easyRead: easyRead ? 'on' : 'off' }) };
			if (locale) {
				setPreferenceCookie(event.cookies, event.url, LOCALE_COOKIE, locale);
				event.locals.locale = locale;
			}
			for (const [name, value] of Object.entries(display) as Array<[keyof typeof DISPLAY_COOKIES, string]>) {
				if (!value) continue;
				setPreferenceCookie(event.cookies, event.url, DISPLAY_COOKIES[name], value);
				// This very response already speaks the new language, at the new size, in the new colours.
				(event.locals.display[name] as string) = value;
			}
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
		if (back) redirect(303, back);
		return settled(event, { saved: true });
	}
};
