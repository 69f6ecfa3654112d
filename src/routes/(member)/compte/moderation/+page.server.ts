import { myModerationRecord } from '$core/moderation';
import { ctxFor } from '$lib/server/context';
import { pageError } from '$lib/server/http-errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return await myModerationRecord(ctxFor(event));
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};
