import { ACTIVITY_COUNTS, activityReport, activityReportCsv } from '$core/gatherings';
import type { GroupKind } from '$core/gatherings/vocabulary';
import { translate, type Locale } from '$i18n';

type Report = Awaited<ReturnType<typeof activityReport>>;

/** The activity report as a CSV download, its words in the reader's language. */
export function activityCsvResponse(report: Report, locale: Locale): Response {
	const say = (key: string, params: Record<string, string> = {}) => translate(locale, key, params);
	const csv = activityReportCsv(report, {
		group: say('activityReport.column.group'),
		kind: say('activityReport.column.kind'),
		month: say('activityReport.column.month'),
		counts: Object.fromEntries(
			ACTIVITY_COUNTS.map((count) => [count, say(`activityReport.column.${count}`)])
		) as Record<(typeof ACTIVITY_COUNTS)[number], string>,
		kindName: (kind: GroupKind) => say(`peerGroups.kind.${kind}`),
		allGroups: say('activityReport.allGroups'),
		wholePeriod: say('activityReport.wholePeriod', { from: report.period.from, to: report.period.to })
	});
	// Only letters, digits and hyphens in the header's file name.
	const file =
		`${say('activityReport.file')}-${report.organisation.slug}-${report.period.from}-${report.period.to}.csv`.replace(
			/[^A-Za-z0-9.-]/g,
			''
		);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${file}"`,
			'cache-control': 'private, no-store'
		}
	});
}
