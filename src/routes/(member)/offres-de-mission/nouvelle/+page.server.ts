import { redirect } from '@sveltejs/kit';
import { coordinatedOrganisations, publishJobOffer } from '$core/offers';
import { ctxFor } from '$lib/server/context';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return { organisations: await coordinatedOrganisations(ctxFor(event)) };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	default: async (event) => {
		const result = await runFormAction(event, (fields) => publishJobOffer(ctxFor(event), fields as never));
		if (result && 'id' in result) redirect(303, `/offres-de-mission/${result.id}`);
		return result;
	}
};
