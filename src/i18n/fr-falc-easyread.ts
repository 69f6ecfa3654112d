import type { MessageKey } from './fr';

/**
 * Easy-read French added by the easy-read pass (issue 14): the printed plan and card, the server's rarer
 * errors, and pages people in difficulty reach. Spread into fr-falc.ts.
 */
export const frFalcEasyread: Partial<Record<MessageKey, string>> = {
	// The printed plan and the wallet card (/mon-plan/plan.pdf, /mon-plan/carte.pdf).
	'plan.pdf.title': 'Mon plan pour les moments difficiles',
	'plan.pdf.cardTitle': 'Si je vais très mal',
	'plan.pdf.subtitle': 'Version {version} du {date}',
	'plan.pdf.footer': 'Entrepairs n’est pas un service d’urgence.',
	'plan.crisisLine.3114': 'Si vous pensez à mourir. Jour et nuit.',
	'plan.crisisLine.15': 'Pour un problème de santé grave.',
	'plan.crisisLine.112': 'Pour une urgence. Depuis tous les téléphones.',
	'plan.crisisLine.114': 'Pour une urgence, par SMS. Pour les personnes sourdes ou qui entendent mal.',
	// The server's rarer errors, on the error page and in form error summaries (the request's wording).
	'error.directMessagesClosed': 'Cette personne ne reçoit pas vos messages directs.',
	'error.lastCoordinator':
		'L’organisation a besoin d’au moins 1 personne qui la coordonne. Choisissez d’abord une autre personne.',
	'error.notPending': 'Cette demande a déjà une réponse.',
	'validation.experienceLabel': 'Écrivez un nom de 2 à 80 lettres.',
	'validation.mergeSelf': 'Choisissez une autre expérience.',
	'error.editWindow': 'Vous pouvez changer votre message pendant 15 minutes. Ce temps est passé.',
	'error.messageDeleted': 'Ce message est déjà supprimé.',
	'error.notSupporter': 'Seuls les pair-aidants d’une organisation peuvent proposer un accompagnement.',
	'error.noOffer': 'Enregistrez d’abord votre offre.',
	'error.alreadyAccompanied': 'Cette personne vous accompagne déjà.',
	'error.experienceExists': 'Cette expérience existe déjà.',
	'error.mergeBranchIntoLeaf': 'Une catégorie va seulement avec une autre catégorie.',
	'error.contactDecided': 'Cette demande a déjà une réponse.',
	'error.atCapacity':
		'Vous accompagnez déjà le nombre de personnes que vous avez choisi. Terminez un accompagnement. Ou changez ce nombre.',
	'error.accompanimentEnded': 'Cet accompagnement est déjà terminé.',
	'error.reportOwnContent': 'Vous pouvez signaler les messages des autres personnes. Ce message est à vous.',
	'error.reportingTooFast':
		'Vous avez envoyé beaucoup de signalements en 1 heure. Attendez un peu. Vous pouvez aussi parler à votre organisation.',
	'error.reportDecided': 'Ce signalement a déjà une réponse.',
	'error.decisionNotAllowed':
		'Vous avez le droit de prendre d’autres décisions. Celle-ci est pour une autre personne.',
	'error.accountSuspended':
		'Votre compte est bloqué jusqu’au {until}. L’équipe qui surveille le site explique pourquoi\u202f: «\u202f{statement}\u202f»',
	'validation.coolDown': 'Choisissez une durée.',
	'error.typingTooFast': 'Le site a reçu trop de signaux d’écriture. Attendez 1 minute.',
	'error.appealTooLate': 'Vous aviez 30 jours pour contester cette décision. Ce temps est passé.',
	'error.appealAlreadyFiled': 'Vous avez déjà contesté cette décision. Vous pouvez le faire 1 seule fois.',
	'error.appealReversed': 'Cette décision est déjà annulée.',
	'error.appealNotSuspended':
		'Votre compte est ouvert. Connectez-vous pour voir les décisions sur votre compte.',
	'error.appealDecided': 'Votre contestation a déjà une réponse.',
	'error.messageHidden': 'L’équipe qui surveille le site a caché ce message. Vous pouvez seulement le lire.',
	'error.passwordCheckThrottled':
		'Il y a eu trop d’essais de mot de passe pour ce compte. Essayez encore dans {seconds, plural, one {# seconde} other {# secondes}}.',
	'error.helpRequestHidden':
		'L’équipe qui surveille le site a caché cette demande. Les pair-aidants ne la voient plus. Vous pouvez faire une nouvelle demande. La décision est dans votre compte.',
	'error.organisationCharterPending':
		'Les règles de l’organisation ont changé. Lisez-les et acceptez-les. Puis vous pourrez écrire encore.'
};
