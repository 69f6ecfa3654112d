import { activityReport } from '$core/gatherings';
import { activityCsvResponse } from '$lib/server/activity-report-csv';
import { ctxFor } from '$lib/server/context';
import { problemResponse } from '$lib/server/http-errors';
import type { RequestHandler } from './$types';

/** The activity report as CSV (coordinators; `?from=YYYY-MM&to=YYYY-MM`), counts only. */
export const GET: RequestHandler = async (event) => {
	try {
		const report = await activityReport(ctxFor(event), {
			slug: event.params.slug,
			from: event.url.searchParams.get('from') ?? undefined,
			to: event.url.searchParams.get('to') ?? undefined
		});
		return activityCsvResponse(report, event.locals.locale);
	} catch (error) {
		return problemResponse(error, event.locals.locale);
	}
};
