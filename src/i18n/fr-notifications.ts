/** French catalogue part: notifications. Spread into fr.ts; en-notifications.ts must have the same keys. */
export const frNotifications = {
	'notifications.title': 'Notifications',
	'notifications.intro':
		'Le menu affiche le nombre de messages non lus et de notifications nouvelles. Vous pouvez aussi recevoir un e-mail, au plus un par jour : il dit seulement combien de messages et de notifications vous attendent, jamais ce qu’ils contiennent ni qui les a écrits.',
	'notifications.emailDigest': 'Recevoir un e-mail quand des messages ou des notifications m’attendent',
	'notifications.emailDigestHint':
		'Seulement pour ce qui attend depuis 15 minutes : les messages non lus des conversations que vous n’avez pas mises en sourdine, et les notifications nouvelles.',
	'notifications.discreet': 'Mode discret',
	'notifications.discreetHint':
		'Pour une boîte aux lettres partagée : l’e-mail ne nomme ni Entrepairs, ni personne, ni aucune organisation (objet « Nouvelle notification »).',
	'notifications.unavailable': 'Les notifications par e-mail ne sont pas disponibles sur cette instance.',
	'notifications.noEmail': 'Pour recevoir des e-mails, il faut une adresse e-mail sur votre compte.',
	'notifications.submit': 'Enregistrer mes notifications',
	'notifications.saved': 'Vos choix de notifications sont enregistrés.',
	'validation.notifications.needsEmail':
		'Ajoutez d’abord une adresse e-mail à votre compte pour recevoir des e-mails.',
	'validation.notifications.unavailable':
		'Les notifications par e-mail ne sont pas disponibles sur cette instance.',
	'notifications.email.digest.subject': 'Vous avez un nouveau message sur Entrepairs',
	'notifications.email.digest.body':
		'Bonjour,\n\nVous avez un nouveau message sur Entrepairs.\n\nPour le lire, connectez-vous : {url}\n\nVous recevez cet e-mail parce que vous l’avez demandé. Pour ne plus le recevoir : {settings}\n',
	'notifications.email.discreet.subject': 'Nouvelle notification',
	'notifications.email.discreet.body': 'Vous avez une nouvelle notification.\n\n{url}\n',
	'notifications.moderationAlerts':
		'Recevoir un e-mail quand des signalements attendent dans ma file de modération',
	'notifications.moderationAlertsHint':
		'Au plus un par heure. L’e-mail ne dit rien des signalements : ni le motif, ni la personne, ni l’organisation.',
	'validation.notifications.staffOnly':
		'Ce choix est réservé aux personnes qui modèrent une organisation ou l’instance.',
	'notifications.email.moderation.subject': 'Des signalements attendent votre examen sur Entrepairs',
	'notifications.email.moderation.body':
		'Bonjour,\n\nDe nouveaux signalements ou contestations attendent dans votre file de modération sur Entrepairs.\n\nPour les examiner, connectez-vous : {url}\n\nVous recevez cet e-mail parce que vous l’avez demandé. Pour ne plus le recevoir : {settings}\n'
} as const;
