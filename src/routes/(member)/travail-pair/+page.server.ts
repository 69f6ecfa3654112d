import { decideBooking, myOffersSpace } from '$core/offers';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return await myOffersSpace(ctxFor(event));
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	decide: (event) =>
		runFormAction(event, async (fields) => {
			const { status } = await decideBooking(ctxFor(event), {
				bookingId: fields.bookingId ?? '',
				decision: fields.decision as never
			});
			return settled(event, { decided: status }, 'to-decide');
		})
};
