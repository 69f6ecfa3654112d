/** French catalogue part: changing one session (core/gatherings/change-occurrence.ts). */
export const frSessionedit = {
	'notify.kind.session.changed': 'La séance « {title} » du {when} a changé : regardez l’heure et le lieu.',
	'validation.session.slotTaken':
		'Une autre séance de ce groupe a déjà lieu à cette heure : choisissez une autre heure.',
	'sessions.change.title': 'Changer cette séance',
	'sessions.change.hint':
		'Seule cette date change. Les personnes inscrites et celles en liste d’attente sont prévenues.',
	'sessions.change.date': 'Date',
	'sessions.change.time': 'Heure de début',
	'sessions.change.duration': 'Durée, en minutes',
	'sessions.change.address': 'Adresse du lieu',
	'sessions.change.accessibility': 'Accessibilité du lieu',
	'sessions.change.meetingLink': 'Lien de la visio',
	'sessions.change.phoneNumber': 'Numéro à appeler',
	'sessions.change.submit': 'Enregistrer les changements',
	'sessions.change.done': 'La séance est changée. Les personnes inscrites sont prévenues.',
	'sessions.change.unchanged': 'Rien n’a changé : personne n’est prévenu.',
	'sessions.change.movedFrom': 'Séance déplacée : elle était prévue le {date} à {time}.'
} as const;
