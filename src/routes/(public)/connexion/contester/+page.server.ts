import { appealSuspension } from '$core/moderation';
import { ctxFor } from '$lib/server/context';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import type { Actions } from './$types';
import { settled } from '$lib/server/flash';

/**
 * A suspended person contests their suspension without a session: the form asks for the password again
 * (checked and throttled like sign-in), so nobody else can contest in their name.
 */
export const actions: Actions = {
	default: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const { pseudonym, password, reason } = formFields(form);
			await appealSuspension(ctxFor(event), {
				pseudonym: pseudonym ?? '',
				password: password ?? '',
				reason: reason ?? ''
			});
			return settled(event, { sent: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	}
};
