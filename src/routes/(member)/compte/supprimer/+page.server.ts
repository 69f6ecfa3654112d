import { redirect } from '@sveltejs/kit';
import { deleteAccount } from '$core/my-data';
import { ctxFor } from '$lib/server/context';
import { clearSessionCookie } from '$lib/server/cookies';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		try {
			const { password } = formFields(await readForm(event.request));
			await deleteAccount(ctxFor(event), { password } as Parameters<typeof deleteAccount>[1]);
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
		clearSessionCookie(event.cookies);
		redirect(303, '/?compte-supprime');
	}
};
