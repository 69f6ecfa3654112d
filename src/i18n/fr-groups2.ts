/** French catalogue part: the organisation's activity report for its groups, and companions. en-groups2.ts has the same keys. */
export const frGroups2 = {
	'validation.peerGroups.companionAudience':
		'Cette personne peut rejoindre le groupe elle-même. On admet comme personne accompagnante seulement quelqu’un que le groupe n’accueillerait pas autrement, dans un groupe entre pairs ou de proches.',
	'error.session.companionAlone':
		'Vous venez en accompagnant une personne du groupe : inscrivez-vous aux séances où elle est inscrite.',
	'validation.activityReport.month': 'Indiquez un mois sous la forme AAAA-MM, par exemple 2026-03.',
	'validation.activityReport.period': 'La période va du premier mois au dernier, et couvre au plus 36 mois.',
	'activityReport.link': 'Activité des groupes (en nombres, sans nom)',
	'activityReport.title': 'Activité des groupes',
	'activityReport.back': 'Les groupes de {organisation}',
	'activityReport.intro':
		'Ce que les groupes de {organisation} ont fait, mois par mois, en nombres : aucun nom n’y figure. Les présences viennent de ce que les personnes qui animent ont relevé après chaque séance ; une séance sans relevé compte comme tenue, sans présences.',
	'activityReport.period': 'Période',
	'activityReport.from': 'Premier mois',
	'activityReport.to': 'Dernier mois',
	'activityReport.monthHint': 'AAAA-MM, par exemple 2026-01',
	'activityReport.show': 'Afficher',
	'activityReport.shown': 'De {from} à {to}',
	'activityReport.download': 'Télécharger en CSV (tableur)',
	'activityReport.byMonth': 'Par mois, tous les groupes',
	'activityReport.byGroup': 'Par groupe, sur toute la période',
	'activityReport.none': 'Aucune séance sur cette période.',
	'activityReport.column.group': 'Groupe',
	'activityReport.column.kind': 'Type',
	'activityReport.column.month': 'Mois',
	'activityReport.column.held': 'Séances tenues',
	'activityReport.column.recorded': 'Présences relevées',
	'activityReport.column.attendedRegistered': 'Personnes inscrites venues',
	'activityReport.column.walkIns': 'Personnes venues sans inscription',
	'activityReport.column.cancelled': 'Séances annulées',
	'activityReport.total': 'Total',
	'activityReport.allGroups': 'Tous les groupes',
	'activityReport.wholePeriod': '{from} à {to}',
	'activityReport.file': 'activite-groupes'
} as const;
