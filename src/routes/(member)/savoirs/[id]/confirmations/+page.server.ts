import { confirmContribution, listConfirmations, withdrawConfirmation } from '$core/knowledge';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { formFieldsWithLists, readForm, runFormAction } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return await listConfirmations(ctxFor(event), {
			contributionId: event.params.id,
			locale: event.locals.locale
		});
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	confirm: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const fields = formFieldsWithLists(form, ['experienceIds']);
			await confirmContribution(ctxFor(event), { ...fields, contributionId: event.params.id } as never);
			return settled(event, { done: 'saved' as const }, 'yours');
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	},
	withdraw: (event) =>
		runFormAction(event, async () => {
			await withdrawConfirmation(ctxFor(event), { contributionId: event.params.id });
			return settled(event, { done: 'withdrawn' as const }, 'yours');
		})
};
