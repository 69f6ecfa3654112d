import type { MessageKey } from './fr';

/** Easy-read French for changing one session (on the session page, a core journey), spread into fr-falc.ts. */
export const frFalcSessionedit: Partial<Record<MessageKey, string>> = {
	'sessions.change.title': 'Changer cette séance',
	'sessions.change.hint': 'Seule cette date change. Le site prévient les personnes inscrites.',
	'sessions.change.date': 'Date',
	'sessions.change.time': 'Heure du début',
	'sessions.change.duration': 'Durée en minutes',
	'sessions.change.address': 'Adresse du lieu',
	'sessions.change.accessibility': 'Accès au lieu',
	'sessions.change.meetingLink': 'Lien de la visio',
	'sessions.change.phoneNumber': 'Numéro à appeler',
	'sessions.change.submit': 'Enregistrer',
	'sessions.change.done': 'La séance a changé. Le site prévient les personnes inscrites.',
	'sessions.change.unchanged': 'Vous n’avez rien changé.',
	'sessions.change.movedFrom': 'La séance a changé de date. Avant, elle était le {date} à {time}.',
	'validation.session.slotTaken': 'Le groupe a déjà une séance à cette heure. Choisissez une autre heure.'
};
