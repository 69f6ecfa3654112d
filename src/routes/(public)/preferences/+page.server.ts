import { readPreferences, updatePreferences } from '$core/accounts';
import { ctxFor } from '$lib/server/context';
import { LOCALE_COOKIE, setPreferenceCookie, TEXT_SIZE_COOKIE, THEME_COOKIE } from '$lib/server/cookies';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';
import { settled } from '$lib/server/flash';

export const load: PageServerLoad = ({ locals }) => ({ textSize: locals.textSize, theme: locals.theme });

export const actions: Actions = {
	default: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const preferences = readPreferences(formFields(form) as Parameters<typeof readPreferences>[0]);
			if (event.locals.actor) await updatePreferences(ctxFor(event), preferences);
			const cookies = { locale: LOCALE_COOKIE, textSize: TEXT_SIZE_COOKIE, theme: THEME_COOKIE } as const;
			for (const [key, cookie] of Object.entries(cookies)) {
				const value = preferences[key as keyof typeof cookies];
				if (value) setPreferenceCookie(event.cookies, event.url, cookie, value);
			}
			// This very response already speaks the new language, at the new size, in the new colours.
			if (preferences.locale) event.locals.locale = preferences.locale;
			if (preferences.textSize) event.locals.textSize = preferences.textSize;
			if (preferences.theme) event.locals.theme = preferences.theme;
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
		return settled(event, { saved: true });
	}
};
