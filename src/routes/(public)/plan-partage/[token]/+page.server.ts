import { readPlanByLink } from '$core/plans';
import { ctxFor } from '$lib/server/context';
import { pageError } from '$lib/server/http-errors';
import type { PageServerLoad } from './$types';

// A secret link: no session needed, nothing cached, never indexed. Each opening is recorded for the
// owner (the exception to "a page reads", like staff access). Revoked, expired or unknown: 404.
export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	try {
		return { shared: await readPlanByLink(ctxFor(event), { token: event.params.token }) };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};
