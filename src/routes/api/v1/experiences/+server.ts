import { searchExperiences } from '$core/matching';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The vocabulary of lived experiences, optionally searched (`?q=`), labels in the request's language. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => ({
		experiences: await searchExperiences(ctxFor(event), {
			query: event.url.searchParams.get('q') ?? undefined,
			locale: event.locals.locale
		})
	}));
