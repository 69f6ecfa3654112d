import { redirect } from '@sveltejs/kit';
import { acceptInvitation, findInvitation } from '$core/organisations';
import { ctxFor } from '$lib/server/context';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const invitation = await findInvitation(ctxFor(event).db, event.params.token, new Date());
	return {
		invitation: invitation && {
			name: invitation.organisation.name,
			charter: invitation.organisation.charter,
			role: invitation.role
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		let form: FormData | undefined;
		let joined;
		try {
			form = await readForm(event.request);
			joined = await acceptInvitation(ctxFor(event), {
				token: event.params.token,
				acceptCharter: formFields(form).acceptCharter
			} as Parameters<typeof acceptInvitation>[1]);
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
		redirect(303, `/organisations/${joined.slug}`);
	}
};
