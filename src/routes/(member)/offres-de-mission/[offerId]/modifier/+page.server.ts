import { error, redirect } from '@sveltejs/kit';
import { editJobOffer, getJobOffer, withdrawJobOffer } from '$core/offers';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	let offer;
	try {
		offer = await getJobOffer(ctxFor(event), { id: event.params.offerId });
	} catch (failure) {
		pageError(failure, event.locals.locale);
	}
	// Only its coordinators edit a published offer: for anyone else there is no such page.
	if (!offer.can.edit) error(404);
	return { offer: offer.offer };
};

export const actions: Actions = {
	edit: async (event) => {
		const result = await runFormAction(event, (fields) =>
			editJobOffer(ctxFor(event), { ...fields, offerId: event.params.offerId } as never)
		);
		return result && 'id' in result ? settled(event, { saved: true }) : result;
	},
	withdraw: async (event) => {
		const result = await runFormAction(event, () =>
			withdrawJobOffer(ctxFor(event), { offerId: event.params.offerId })
		);
		// Withdrawn, it has no edit page any more: its page says it is withdrawn.
		if (result && 'status' in result) redirect(303, `/offres-de-mission/${event.params.offerId}`);
		return result;
	}
};
