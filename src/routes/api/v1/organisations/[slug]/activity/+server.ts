import { activityReport } from '$core/gatherings';
import { apiResponse } from '$lib/server/api';
import { activityCsvResponse } from '$lib/server/activity-report-csv';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/**
 * The organisation's group activity (coordinators): `?from=YYYY-MM&to=YYYY-MM`, and `format=csv` for the
 * same figures as CSV. Counts only, never a name.
 */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const query = event.url.searchParams;
		const report = await activityReport(ctxFor(event), {
			slug: event.params.slug,
			from: query.get('from') ?? undefined,
			to: query.get('to') ?? undefined
		});
		return query.get('format') === 'csv' ? activityCsvResponse(report, event.locals.locale) : report;
	});
