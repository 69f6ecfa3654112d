import { appealDetail, decideAppeal } from '$core/moderation';
import { ctxFor } from '$lib/server/context';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';
import { settled } from '$lib/server/flash';

export const load: PageServerLoad = async (event) => {
	try {
		return await appealDetail(ctxFor(event), { appealId: event.params.appealId });
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	decide: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const { outcome, statement } = formFields(form);
			await decideAppeal(ctxFor(event), {
				appealId: event.params.appealId,
				outcome: (outcome ?? '') as 'upheld',
				statement: statement ?? ''
			});
			return settled(event, { decided: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	}
};
