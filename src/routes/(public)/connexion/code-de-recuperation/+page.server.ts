import { fail, redirect } from '@sveltejs/kit';
import { recoverWithCode } from '$core/accounts';
import { ctxFor } from '$lib/server/context';
import { LOCALE_COOKIE, setPreferenceCookie, setSessionCookie } from '$lib/server/cookies';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ suspendedDone: url.searchParams.has('suspendu') });

export const actions: Actions = {
	default: async (event) => {
		let pseudonym = '';
		let recovered;
		try {
			const fields = formFields(await readForm(event.request));
			pseudonym = fields.pseudonym ?? '';
			recovered = await recoverWithCode(ctxFor(event), {
				pseudonym: fields.pseudonym,
				code: fields.code,
				newPassword: fields.newPassword
			} as Parameters<typeof recoverWithCode>[1]);
		} catch (error) {
			// The code is never echoed back: only the pseudonym is kept in the form.
			const failure = formFailure(error, event.locals.locale);
			return fail(failure.status, { ...failure.data, values: { pseudonym: pseudonym.slice(0, 200) } });
		}
		if (!recovered.session) redirect(303, '/connexion/code-de-recuperation?suspendu');
		setSessionCookie(event.cookies, event.url, recovered.session.token);
		setPreferenceCookie(event.cookies, event.url, LOCALE_COOKIE, recovered.locale);
		redirect(303, '/compte#recuperation');
	}
};
