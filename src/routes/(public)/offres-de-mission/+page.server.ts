import { listJobOffers } from '$core/offers';
import { ctxFor } from '$lib/server/context';
import { pageError } from '$lib/server/http-errors';
import type { PageServerLoad } from './$types';

/** Open missions and job offers for peer workers; a GET form filters by département and contract. */
export const load: PageServerLoad = async (event) => {
	const values = {
		departement: event.url.searchParams.get('departement') ?? '',
		contract: event.url.searchParams.get('contract') ?? ''
	};
	try {
		return { values, offers: await listJobOffers(ctxFor(event), values) };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};
