import { readPlanAsSupporter } from '$core/plans';
import { ctxFor } from '$lib/server/context';
import { pageError } from '$lib/server/http-errors';
import type { PageServerLoad } from './$types';

// Reading writes one line in the owner's access log: the opening itself is what the person asked to see
// (like staff access to private content), so this page is the exception to "a page reads".
export const load: PageServerLoad = async (event) => {
	try {
		return {
			shared: await readPlanAsSupporter(ctxFor(event), { accompanimentId: event.params.accompanimentId })
		};
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};
