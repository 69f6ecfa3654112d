import { myExperienceProposals, proposeExperience } from '$core/matching';
import { ctxFor } from '$lib/server/context';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';
import { settled } from '$lib/server/flash';

export const load: PageServerLoad = async (event) => {
	try {
		return await myExperienceProposals(ctxFor(event));
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	propose: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			await proposeExperience(ctxFor(event), formFields(form) as Parameters<typeof proposeExperience>[1]);
			return settled(event, { proposed: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	}
};
