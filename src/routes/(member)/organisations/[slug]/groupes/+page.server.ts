import { listGroups } from '$core/gatherings';
import { getOrganisation } from '$core/organisations';
import { ctxFor } from '$lib/server/context';
import { pageError } from '$lib/server/http-errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const [list, { charterPending }] = await Promise.all([
			listGroups(ctx, { slug: event.params.slug }),
			getOrganisation(ctx, { slug: event.params.slug })
		]);
		return { ...list, charterPending };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};
