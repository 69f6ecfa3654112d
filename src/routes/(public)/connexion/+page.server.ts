import { redirect } from '@sveltejs/kit';
import { signIn } from '$core/accounts';
import { ctxFor } from '$lib/server/context';
import { setPreferenceCookie, setSessionCookie, LOCALE_COOKIE } from '$lib/server/cookies';
import { formFields, readForm, safeRedirectTarget } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor) redirect(303, safeRedirectTarget(url.searchParams.get('suite')));
	return { signInRequired: url.searchParams.has('suite') };
};

export const actions: Actions = {
	default: async (event) => {
		let form: FormData | undefined;
		let session;
		try {
			form = await readForm(event.request);
			const { pseudonym, password } = formFields(form);
			session = await signIn(ctxFor(event), {
				pseudonym,
				password,
				previousToken: event.cookies.get('ep_session')
			} as Parameters<typeof signIn>[1]);
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
		setSessionCookie(event.cookies, event.url, session.token);
		if (session.locale) setPreferenceCookie(event.cookies, event.url, LOCALE_COOKIE, session.locale);
		redirect(303, safeRedirectTarget(event.url.searchParams.get('suite')));
	}
};
