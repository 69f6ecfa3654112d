import { getContribution } from '$core/knowledge';
import { ctxFor } from '$lib/server/context';
import { pageError } from '$lib/server/http-errors';
import type { PageServerLoad } from './$types';

/** A contribution as the viewer may read it (404 otherwise); `?afficher` shows a hidden topic this once. */
export const load: PageServerLoad = async (event) => {
	try {
		const contribution = await getContribution(ctxFor(event), {
			contributionId: event.params.id,
			locale: event.locals.locale
		});
		return { contribution, showOnce: event.url.searchParams.has('afficher') };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};
