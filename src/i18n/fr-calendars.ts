/** French catalogue part: calendars, private feeds, reminders and attendance. en-calendars.ts has the same keys. */
export const frCalendars = {
	'calendars.link': 'Mon agenda et mes séances',
	'calendars.page.title': 'Mon agenda',
	'calendars.page.intro':
		'Vos prochaines séances, votre agenda privé, vos choix de discrétion et de rappel, et votre historique de présence.',
	'calendars.sessions.title': 'Mes prochaines séances',
	'calendars.sessions.empty': 'Vous n’êtes inscrit·e à aucune séance à venir.',
	'calendars.sessions.when': '{date} à {time}',
	'calendars.sessions.confirmed': 'Place confirmée',
	'calendars.sessions.waiting': 'Liste d’attente : position {position}',
	'calendars.sessions.cancelled': 'Séance annulée',
	'calendars.sessions.open': 'Voir la séance',
	'calendars.sessions.file': 'Fichier calendrier (.ics)',
	'calendars.feed.title': 'Mon agenda privé',
	'calendars.feed.intro':
		'Une adresse secrète à ajouter dans votre application d’agenda : elle montre les séances où vous avez une place confirmée. Toute personne qui la connaît les voit aussi : révoquez-la si elle a circulé.',
	'calendars.feed.create': 'Créer une adresse d’agenda',
	'calendars.feed.created':
		'Votre adresse d’agenda privée. Copiez-la maintenant : elle ne sera plus affichée.',
	'calendars.feed.urlLabel': 'Adresse de l’agenda',
	'calendars.feed.list': 'Adresses créées',
	'calendars.feed.none': 'Aucune adresse créée pour l’instant.',
	'calendars.feed.createdAt': 'Créée le {date}',
	'calendars.feed.revokedAt': 'Révoquée le {date}',
	'calendars.feed.active': 'Active',
	'calendars.feed.revoke': 'Révoquer cette adresse',
	'calendars.feed.revoked': 'Adresse révoquée : elle ne fonctionne plus.',
	'calendars.preferences.title': 'Discrétion et rappels',
	'calendars.preferences.legend': 'Mes choix pour les séances',
	'calendars.preferences.discreet':
		'Mode discret : « Rendez-vous » comme titre, sans nom d’organisation ni de groupe ni adresse, dans l’agenda et les rappels',
	'calendars.preferences.reminders': 'Recevoir un rappel par e-mail la veille de chaque séance',
	'calendars.preferences.noEmail':
		'Les rappels partent par e-mail : ajoutez une adresse e-mail à votre compte pour les recevoir.',
	'calendars.preferences.save': 'Enregistrer mes choix',
	'calendars.preferences.saved': 'Vos choix sont enregistrés.',
	'calendars.attendance.title': 'Mon historique de présence',
	'calendars.attendance.intro':
		'Ce que les animateur·rices ont noté pour vous. Vous seul·e voyez cet historique ; l’organisation ne compte les présences que sans noms.',
	'calendars.attendance.empty': 'Aucune présence notée.',
	'calendars.attendance.date': 'Date',
	'calendars.attendance.group': 'Groupe',
	'calendars.attendance.attended': 'Présence',
	'calendars.attendance.came': 'Présent·e',
	'calendars.attendance.missed': 'Absent·e',
	'calendars.attendance.confirm':
		'Je confirme : effacer mon historique de présence (les comptes anonymes des séances restent)',
	'calendars.attendance.erase': 'Effacer mon historique de présence',
	'calendars.attendance.erased':
		'{count, plural, =0 {Rien à effacer.} one {# présence effacée.} other {# présences effacées.}}',
	'calendars.presences.title': 'Présences',
	'calendars.presences.heading': 'Présences : {title}',
	'calendars.presences.when': 'Séance du {date} à {time}',
	'calendars.presences.intro':
		'Notez qui est venu·e. L’organisation ne verra que des nombres, jamais de noms ; chaque personne voit son propre historique et peut l’effacer.',
	'calendars.presences.notStarted':
		'La séance n’a pas encore commencé : les présences se notent une fois qu’elle a commencé.',
	'calendars.presences.cancelledNote': 'Cette séance est annulée.',
	'calendars.presences.legend': 'Personnes inscrites venues',
	'calendars.presences.none': 'Personne n’avait de place confirmée.',
	'calendars.presences.walkIns': 'Personnes venues sans inscription (nombre)',
	'calendars.presences.save': 'Enregistrer les présences',
	'calendars.presences.saved': 'Présences enregistrées.',
	'calendars.presences.recorded':
		'{attended, plural, =0 {Aucune personne inscrite venue} one {# personne inscrite venue} other {# personnes inscrites venues}}, {walkIns, plural, =0 {aucune sans inscription} one {# sans inscription} other {# sans inscription}}.',
	'calendars.presences.back': 'Retour à la séance',
	'calendars.ics.name': 'Mes séances',
	'calendars.ics.discreetTitle': 'Rendez-vous',
	'calendars.ics.discreetDescription': 'Détails : {url}',
	'calendars.ics.link': 'Lien de la visio : {link}',
	'calendars.ics.phone': 'Téléphone : {phone}',
	'calendars.mode.in_person': 'Sur place',
	'calendars.mode.online': 'En ligne',
	'calendars.mode.phone': 'Par téléphone',
	'calendars.reminder.subject': 'Rappel : {title} demain à {time}',
	'calendars.reminder.body':
		'Bonjour,\n\nRappel : {title}, demain à {time}.\nLieu : {place}\n\nLa séance : {url}\n\nVous recevez ce rappel parce que vous l’avez demandé ; vous pouvez l’arrêter sur la page « Mon agenda » de votre compte.',
	'calendars.reminder.discreet.subject': 'Rappel : rendez-vous demain à {time}',
	'calendars.reminder.discreet.body': 'Rappel : rendez-vous demain à {time}.\n\n{url}',
	'calendars.error.tooManyFeeds':
		'Vous avez déjà cinq adresses d’agenda actives : révoquez-en une avant d’en créer une autre.',
	'calendars.error.notStarted':
		'La séance n’a pas encore commencé : les présences se notent une fois qu’elle a commencé.',
	'calendars.error.cancelled': 'Cette séance est annulée.',
	'validation.calendars.remindersNeedEmail':
		'Les rappels partent par e-mail : ajoutez d’abord une adresse e-mail à votre compte.',
	'validation.calendars.walkInCount': 'Indiquez un nombre entier, 0 ou plus.',
	'validation.calendars.notRegistered':
		'Une des personnes cochées n’a pas de place confirmée pour cette séance.',
	'validation.calendars.confirmErase': 'Cochez la case pour confirmer l’effacement.',
	'calendars.copy.title': 'Séances',
	'calendars.copy.status.confirmed': 'place confirmée',
	'calendars.copy.status.waiting': 'liste d’attente',
	'calendars.copy.status.cancelled': 'inscription annulée',
	'calendars.copy.choices': 'Mode discret : {discreet}. Rappels la veille : {reminders}.',
	'calendars.copy.yes': 'oui',
	'calendars.copy.no': 'non',
	'calendars.copy.feeds': 'Adresses d’agenda privées'
} as const;
