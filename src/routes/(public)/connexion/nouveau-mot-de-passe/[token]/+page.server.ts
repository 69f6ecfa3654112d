import { redirect } from '@sveltejs/kit';
import { readRecoveryLink, recoverWithLink } from '$core/accounts';
import { isDomainError } from '$core/shared';
import { ctxFor } from '$lib/server/context';
import { LOCALE_COOKIE, setPreferenceCookie, setSessionCookie } from '$lib/server/cookies';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	// The link is a secret: the page must not be kept by a cache (the hooks' referrer policy already keeps
	// its address from other sites).
	event.setHeaders({ 'cache-control': 'no-store' });
	try {
		return { pseudonym: (await readRecoveryLink(ctxFor(event), { token: event.params.token })).pseudonym };
	} catch (error) {
		if (isDomainError(error) && error.code === 'NOT_FOUND') return { pseudonym: null };
		throw error;
	}
};

export const actions: Actions = {
	default: async (event) => {
		let recovered;
		try {
			const { newPassword } = formFields(await readForm(event.request));
			recovered = await recoverWithLink(ctxFor(event), {
				token: event.params.token,
				newPassword
			} as Parameters<typeof recoverWithLink>[1]);
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
		if (!recovered.session) redirect(303, '/connexion/code-de-recuperation?suspendu');
		setSessionCookie(event.cookies, event.url, recovered.session.token);
		setPreferenceCookie(event.cookies, event.url, LOCALE_COOKIE, recovered.locale);
		redirect(303, '/compte#recuperation');
	}
};
