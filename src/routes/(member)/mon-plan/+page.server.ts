import { getMyPlan } from '$core/plans';
import { ctxFor } from '$lib/server/context';
import { pageError } from '$lib/server/http-errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const version = event.url.searchParams.get('version') ?? undefined;
		return { plan: await getMyPlan(ctxFor(event), { version }) };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};
