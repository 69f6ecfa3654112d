import { appealQueue, moderationQueue } from '$core/moderation';
import { ctxFor } from '$lib/server/context';
import { pageError } from '$lib/server/http-errors';
import type { PageServerLoad } from './$types';

/**
 * The moderation queue, filtered by the query string (a plain GET form, so filters work without
 * JavaScript), and the open appeals this person reviews.
 */
export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const pick = (name: string) => params.get(name) || undefined;
	try {
		const ctx = ctxFor(event);
		const queue = await moderationQueue(ctx, {
			status: pick('etat') as 'open' | undefined,
			reason: pick('motif') as 'other' | undefined,
			assigned: pick('prise-en-charge') as 'me' | undefined,
			organisationId: pick('organisation')
		});
		// Open appeals ("Contestations") for this reviewer, above the reports.
		return { ...queue, appeals: (await appealQueue(ctx)).items };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};
