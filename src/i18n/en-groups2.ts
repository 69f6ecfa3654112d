/** English catalogue part: the organisation's activity report for its groups, and companions. */
export const enGroups2 = {
	'validation.peerGroups.companionAudience':
		'This person can join the group themselves. Only someone the group would not otherwise admit can be admitted as a companion, in a peers-only or a relatives’ group.',
	'error.session.companionAlone':
		'You come as the companion of a group member: register for the sessions they are registered for.',
	'validation.activityReport.month': 'Give a month as YYYY-MM, for example 2026-03.',
	'validation.activityReport.period':
		'The period runs from the first month to the last, and covers at most 36 months.',
	'activityReport.link': 'Group activity (in figures, no names)',
	'activityReport.title': 'Group activity',
	'activityReport.back': '{organisation}’s groups',
	'activityReport.intro':
		'What {organisation}’s groups did, month by month, in figures: no names. Attendance comes from what facilitators recorded after each session; a session without a record counts as held, with no attendance.',
	'activityReport.period': 'Period',
	'activityReport.from': 'First month',
	'activityReport.to': 'Last month',
	'activityReport.monthHint': 'YYYY-MM, for example 2026-01',
	'activityReport.show': 'Show',
	'activityReport.shown': 'From {from} to {to}',
	'activityReport.download': 'Download as CSV (spreadsheet)',
	'activityReport.byMonth': 'By month, all groups',
	'activityReport.byGroup': 'By group, over the whole period',
	'activityReport.none': 'No session in this period.',
	'activityReport.column.group': 'Group',
	'activityReport.column.kind': 'Kind',
	'activityReport.column.month': 'Month',
	'activityReport.column.held': 'Sessions held',
	'activityReport.column.recorded': 'Attendance recorded',
	'activityReport.column.attendedRegistered': 'Registered people who came',
	'activityReport.column.walkIns': 'People who came without registering',
	'activityReport.column.cancelled': 'Sessions cancelled',
	'activityReport.total': 'Total',
	'activityReport.allGroups': 'All groups',
	'activityReport.wholePeriod': '{from} to {to}',
	'activityReport.file': 'group-activity'
} as const;
