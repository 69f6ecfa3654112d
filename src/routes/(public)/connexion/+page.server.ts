import { fail, redirect } from '@sveltejs/kit';
import { signIn, type SuspensionAppeal } from '$core/accounts';
import { isDomainError } from '$core/shared';
import { ctxFor } from '$lib/server/context';
import { setPreferenceCookie, setSessionCookie, LOCALE_COOKIE } from '$lib/server/cookies';
import { formFields, readForm, safeRedirectTarget } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor) redirect(303, safeRedirectTarget(url.searchParams.get('suite'), url.origin));
	return { signInRequired: url.searchParams.has('suite') };
};

export const actions: Actions = {
	default: async (event) => {
		// Decided before signing in: an unusable `suite` falls back to home, never to an error after sign-in.
		const target = safeRedirectTarget(event.url.searchParams.get('suite'), event.url.origin);
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
			const failure = formFailure(error, event.locals.locale, form);
			// Only someone who typed the right password gets here: they may contest the suspension.
			if (isDomainError(error) && error.messageKey === 'error.accountSuspended')
				return fail(failure.status, {
					...failure.data,
					suspension: {
						appeal: String(error.params.appeal ?? 'none') as SuspensionAppeal,
						appealStatement: String(error.params.appealStatement ?? '')
					}
				});
			return failure;
		}
		setSessionCookie(event.cookies, event.url, session.token);
		if (session.locale) setPreferenceCookie(event.cookies, event.url, LOCALE_COOKIE, session.locale);
		redirect(303, target);
	}
};
