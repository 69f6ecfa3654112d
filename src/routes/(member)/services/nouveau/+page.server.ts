import { coordinatedOrganisations, publishService } from '$core/offers';
import { searchExperiences } from '$core/matching';
import { redirect } from '@sveltejs/kit';
import { ctxFor } from '$lib/server/context';
import { pageError } from '$lib/server/http-errors';
import { runListFormAction } from '$lib/server/offers-forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const [organisations, experiences] = await Promise.all([
			coordinatedOrganisations(ctx),
			searchExperiences(ctx, { locale: event.locals.locale })
		]);
		return { organisations, experiences };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	default: async (event) => {
		const result = await runListFormAction(
			event,
			['formats', 'languages', 'accessibility', 'themes'],
			async (fields) => publishService(ctxFor(event), fields as never)
		);
		if (result && 'id' in result) redirect(303, `/services/${result.id}`);
		return result;
	}
};
