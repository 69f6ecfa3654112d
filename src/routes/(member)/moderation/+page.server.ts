import { moderationQueue } from '$core/moderation';
import { ctxFor } from '$lib/server/context';
import { pageError } from '$lib/server/http-errors';
import type { PageServerLoad } from './$types';

/** The moderation queue, filtered by the query string (a plain GET form, so filters work without JavaScript). */
export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const pick = (name: string) => params.get(name) || undefined;
	try {
		return await moderationQueue(ctxFor(event), {
			status: pick('etat') as 'open' | undefined,
			reason: pick('motif') as 'other' | undefined,
			assigned: pick('prise-en-charge') as 'me' | undefined,
			organisationId: pick('organisation')
		});
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};
