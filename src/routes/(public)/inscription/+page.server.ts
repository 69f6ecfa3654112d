import { redirect } from '@sveltejs/kit';
import { signUp } from '$core/accounts';
import { ctxFor } from '$lib/server/context';
import { setSessionCookie } from '$lib/server/cookies';
import { formFields, readForm, safeRedirectTarget } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor) redirect(303, safeRedirectTarget(url.searchParams.get('suite'), url.origin));
};

export const actions: Actions = {
	default: async (event) => {
		// Decided before the account exists: an unusable `suite` falls back to home, never to an error.
		const target = safeRedirectTarget(event.url.searchParams.get('suite'), event.url.origin);
		let form: FormData | undefined;
		let created;
		try {
			form = await readForm(event.request);
			const fields = formFields(form);
			created = await signUp(ctxFor(event), {
				...fields,
				consent: fields.consent === 'on' ? true : undefined,
				locale: event.locals.locale
			} as Parameters<typeof signUp>[1]);
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
		setSessionCookie(event.cookies, event.url, created.token);
		redirect(303, target);
	}
};
