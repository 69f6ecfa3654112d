import { bookService, getService, grantVouchers } from '$core/offers';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const service = await getService(ctxFor(event), { id: event.params.serviceId });
		return { ...service, origin: event.url.origin };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	book: (event) =>
		runFormAction(event, async (fields) => {
			const booking = await bookService(ctxFor(event), {
				serviceId: event.params.serviceId,
				proposedAt: fields.proposedAt ?? '',
				message: fields.message ?? '',
				voucherId: fields.voucherId ?? ''
			});
			return settled(event, { booked: booking.funded ? ('funded' as const) : ('plain' as const) }, 'booking');
		}),
	grant: (event) =>
		runFormAction(event, async (fields) => {
			const { vouchers } = await grantVouchers(ctxFor(event), {
				serviceId: event.params.serviceId,
				funder: fields.funder ?? '',
				holderPseudonym: fields.holderPseudonym ?? '',
				count: fields.count ?? ''
			});
			return settled(event, { granted: vouchers.length }, 'fund');
		})
};
