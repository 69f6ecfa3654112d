import { activityReport } from '$core/gatherings';
import { isDomainError } from '$core/shared';
import { ctxFor } from '$lib/server/context';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { PageServerLoad } from './$types';

/** The activity report for the months asked (a GET form); a wrong month shows the default period and says why. */
export const load: PageServerLoad = async (event) => {
	const ctx = ctxFor(event);
	const slug = event.params.slug;
	const asked = {
		from: event.url.searchParams.get('from') ?? undefined,
		to: event.url.searchParams.get('to') ?? undefined
	};
	try {
		try {
			return { report: await activityReport(ctx, { slug, ...asked }), failure: null, asked };
		} catch (error) {
			if (!isDomainError(error) || error.code !== 'INVALID' || error.fields.some((f) => f.field === 'slug'))
				throw error;
			const failure = formFailure(error, event.locals.locale).data;
			return { report: await activityReport(ctx, { slug }), failure, asked };
		}
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};
