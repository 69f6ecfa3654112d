import { redirect } from '@sveltejs/kit';
import { editService, serviceToEdit, withdrawService } from '$core/offers';
import { searchExperiences } from '$core/matching';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import { runListFormAction } from '$lib/server/offers-forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const [service, experiences] = await Promise.all([
			serviceToEdit(ctx, { id: event.params.serviceId }),
			searchExperiences(ctx, { locale: event.locals.locale })
		]);
		return { service, experiences };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	edit: async (event) => {
		const result = await runListFormAction(
			event,
			['formats', 'languages', 'accessibility', 'themes'],
			async (fields) => editService(ctxFor(event), { ...fields, serviceId: event.params.serviceId } as never)
		);
		return result && 'id' in result ? settled(event, { saved: true }) : result;
	},
	withdraw: async (event) => {
		const result = await runFormAction(event, () =>
			withdrawService(ctxFor(event), { serviceId: event.params.serviceId })
		);
		// Withdrawn, it has no edit page any more: its page says it is withdrawn.
		if (result && 'withdrawnAt' in result) redirect(303, `/services/${event.params.serviceId}`);
		return result;
	}
};
