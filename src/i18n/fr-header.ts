/** French catalogue part: the compact header and the welcome after sign-up. Spread into fr.ts; en-header.ts has the same keys. */
export const frHeader = {
	'header.emergency': 'Urgence',
	'header.menu': 'Menu',
	'header.menuWaiting': '{count, plural, one {# chose vous attend} other {# choses vous attendent}}',
	'header.notifications': 'Notifications',
	'header.waitingBadge': '{count} en attente',
	'header.contactRequestsBadge': '{count, plural, one {# demande} other {# demandes}}',
	'header.account': 'Compte et langue',
	'welcome.intro':
		'Votre compte est prêt. Voici comment Entrepairs fonctionne, dans l’ordre où la plupart des gens s’en servent.',
	'welcome.steps': 'Les prochaines étapes',
	'welcome.organisation.link': 'Trouver une organisation',
	'welcome.organisation.text':
		'Les échanges ont lieu dans des organisations (associations, groupes d’entraide). Certaines s’ouvrent tout de suite, d’autres demandent l’accord d’un·e coordinateur·rice, d’autres ne se rejoignent que sur invitation.',
	'welcome.profile.link': 'Compléter mon profil',
	'welcome.profile.text':
		'Indiquez les expériences que vous vivez et choisissez pour chacune qui peut la voir. Rien n’est visible tant que vous ne le décidez pas ; vous pouvez le faire à tout moment.',
	'welcome.findPeer.link': 'Trouver un pair',
	'welcome.findPeer.text':
		'Une fois membre d’une organisation, cherchez un·e pair-aidant·e qui a vécu quelque chose de proche et demandez-lui d’échanger. Avant cela, la recherche ne trouve personne.',
	'welcome.pending':
		'{count, plural, one {Votre demande pour rejoindre une organisation attend une réponse.} other {Vos # demandes pour rejoindre des organisations attendent une réponse.}}'
} as const;
