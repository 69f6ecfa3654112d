import { createOrganisation, listOrganisations } from '$core/organisations';
import { ctxFor } from '$lib/server/context';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';
import { settled } from '$lib/server/flash';

export const load: PageServerLoad = async (event) => {
	await event.parent();
	return { organisations: await listOrganisations(ctxFor(event)) };
};

export const actions: Actions = {
	create: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const organisation = await createOrganisation(
				ctxFor(event),
				formFields(form) as Parameters<typeof createOrganisation>[1]
			);
			return settled(event, { created: organisation.slug });
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	}
};
