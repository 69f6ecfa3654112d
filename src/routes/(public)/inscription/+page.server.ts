import { redirect } from '@sveltejs/kit';
import { issueRecoveryCodes, signUp } from '$core/accounts';
import { ctxFor } from '$lib/server/context';
import { setSessionCookie } from '$lib/server/cookies';
import { formFields, readForm, safeRedirectTarget } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import { codesPage, holdCodesForDisplay } from '$lib/server/recovery-codes-cookie';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor) redirect(303, safeRedirectTarget(url.searchParams.get('suite'), url.origin));
	// Without a mail transport, an email address cannot be used to get back into the account.
	return { emailAvailable: getRuntime().config.mail !== null };
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
		// The recovery codes are shown once, on the next page, before going where the person was headed.
		const codes = await issueRecoveryCodes(ctxFor(event), { accountId: created.accountId });
		holdCodesForDisplay(event.cookies, event.url, codes);
		redirect(303, codesPage(target));
	}
};
