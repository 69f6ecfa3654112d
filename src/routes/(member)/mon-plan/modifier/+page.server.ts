import { getMyPlan, savePlan } from '$core/plans';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import { planFromForm } from '$lib/server/plan-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { content, currentVersion } = await getMyPlan(ctxFor(event));
	return { content, currentVersion };
};

export const actions: Actions = {
	default: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const saved = await savePlan(ctxFor(event), planFromForm(formFields(form)));
			return settled(event, { saved: saved.version, changed: saved.changed });
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	}
};
