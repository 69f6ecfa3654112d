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
		'Votre compte est bloqué jusqu’au {until}. L’équipe qui surveille les messages explique pourquoi\u202f: «\u202f{statement}\u202f»',
	'validation.coolDown': 'Choisissez une durée.',
	'error.typingTooFast': 'Le site a reçu trop de signaux d’écriture. Attendez 1 minute.',
	'error.appealTooLate': 'Vous aviez 30 jours pour contester cette décision. Ce temps est passé.',
	'error.appealAlreadyFiled': 'Vous avez déjà contesté cette décision. Vous pouvez le faire 1 seule fois.',
	'error.appealReversed': 'Cette décision est déjà annulée.',
	'error.appealNotSuspended':
		'Votre compte est ouvert. Connectez-vous pour voir les décisions sur votre compte.',
	'error.appealDecided': 'Votre contestation a déjà une réponse.',
	'error.messageHidden':
		'L’équipe qui surveille les messages a caché ce message. Vous pouvez seulement le lire.',
	'error.passwordCheckThrottled':
		'Il y a eu trop d’essais de mot de passe pour ce compte. Essayez encore dans {seconds, plural, one {# seconde} other {# secondes}}.',
	'error.helpRequestHidden':
		'L’équipe qui surveille les messages a caché cette demande. Les pair-aidants ne la voient plus. Vous pouvez faire une nouvelle demande. La décision est dans votre compte.',
	'error.organisationCharterPending':
		'Les règles de l’organisation ont changé. Lisez-les et acceptez-les. Puis vous pourrez écrire encore.',
	// The privacy page (/confidentialite), which people reach from every footer.
	'privacy.title': 'Vos données personnelles',
	'privacy.stored.title': 'Ce que le site garde, et pendant combien de temps',
	'privacy.stored.1':
		'Votre compte\u202f: votre pseudonyme, votre mot de passe et vos choix d’affichage. Le site garde votre mot de passe sous une forme secrète. Personne ne peut le relire. Le site garde aussi la date de votre accord. Il garde tout cela jusqu’à ce que vous effaciez votre compte.',
	'privacy.stored.2':
		'Votre adresse e-mail, seulement si vous la donnez. Vos choix pour les e-mails du site. La date du dernier e-mail envoyé\u202f: le site envoie 1 e-mail par jour au plus. Le site garde tout cela jusqu’à ce que vous effaciez votre compte.',
	'privacy.stored.3':
		'Les organisations où vous entrez et votre rôle. La version des règles que vous avez acceptée. Le site garde cela jusqu’à ce que vous quittiez l’organisation. Ou jusqu’à ce que vous effaciez votre compte.',
	'privacy.stored.4':
		'Vos connexions\u202f: l’appareil, la date du début et la date de la dernière visite. Le site les efface quand vous vous déconnectez. Ou {days} jours après la dernière visite.',
	'privacy.stored.5':
		'Les expériences de votre profil, et qui peut voir chacune. Votre offre de pair-aidant\u202f: vos expériences, comment vous parlez, quand vous êtes là. Le site garde vos expériences jusqu’à ce que vous les retiriez. Il garde votre offre jusqu’à ce que vous effaciez votre compte.',
	'privacy.stored.helpRequests':
		'Vos demandes d’aide\u202f: vos expériences, ce que vous espérez, comment parler, votre secteur. Vous choisissez combien de jours chaque demande reste ouverte\u202f: {choices}. Ensuite, la demande se ferme. Le site efface alors ce que vous espérez et votre secteur. Il garde le reste dans votre historique, jusqu’à ce que vous effaciez votre compte.',
	'privacy.stored.contacts':
		'Vos demandes de contact et vos accompagnements. Avec qui, quand, où ils en sont, et le message de refus choisi. Les personnes que vous bloquez. Le site garde cela jusqu’à ce que vous effaciez votre compte. Ou jusqu’à ce que l’autre personne efface le sien. Il garde un blocage jusqu’à ce que vous l’enleviez.',
	'privacy.stored.conversations':
		'Vos conversations et vos messages. Les versions d’avant d’un message changé. Où vous en êtes dans votre lecture. Chaque conversation a sa durée\u202f: toujours, 24 heures, 7 jours ou 30 jours. Le site garde les messages pendant cette durée. Si vous effacez votre compte, vos messages restent pour les personnes qui les ont reçus. Ils sont signés «\u202fmembre supprimé\u202f».',
	'privacy.stored.presence':
		'Vous pouvez montrer quand vous êtes en ligne. Alors le site garde votre présence dans une conversation. Il la garde quelques minutes. Chaque visite la remplace.',
	'privacy.stored.reports':
		'Les signalements que vous faites, et ceux sur vous. Les notes de l’équipe qui surveille les messages. Une copie du message signalé. Seules les personnes qui regardent le signalement voient cette copie. Le site efface la copie dès la décision. Il efface le signalement et les notes {months} mois après la décision.',
	'privacy.stored.decisions':
		'Les décisions de l’équipe qui surveille les messages sur vous, avec leurs raisons. Vos contestations. Le site garde cela jusqu’à ce que vous effaciez votre compte. Vous les voyez dans «\u202fMon compte\u202f».',
	'privacy.stored.accessLog':
		'Quand l’équipe qui surveille les messages lit vos contenus privés, le site le note. Il note qui, quoi, quand et pourquoi. Vous le voyez dans «\u202fMon compte\u202f». Le site le garde {months} mois.',
	'privacy.stored.alerts':
		'Pour les pair-aidants\u202f: les alertes «\u202fconversation difficile\u202f» envoyées aux personnes qui coordonnent. Elles ne contiennent aucun message. Le site les garde jusqu’à ce que vous effaciez votre compte.',
	'privacy.stored.counters':
		'Des compteurs contre les abus. Ils comptent les essais de connexion, les messages et les signalements. Et les demandes pour retrouver votre compte. Ils vont avec votre connexion internet, votre pseudonyme ou votre compte. Le site les efface quand ils reviennent à 0. Au plus tard 1 heure après le dernier essai.',
	'privacy.stored.recovery':
		'Pour retrouver votre compte\u202f: une trace de vos codes de secours, jamais les codes. Le site la garde jusqu’à ce que vous fassiez de nouveaux codes. Si vous demandez un lien par e-mail, le site garde une trace du lien. Il l’efface quand le lien a servi. Ou après {minutes} minutes.',
	'plan.privacy.stored':
		'Votre plan, si vous l’écrivez\u202f: chaque version, vos partages, et qui l’a lu. Personne ne le voit sans votre accord. Le site le garde jusqu’à ce que vous effaciez votre compte. Il efface alors aussi les liens du plan.',
	'privacy.never.title': 'Ce que le site ne fait jamais',
	'privacy.never.1':
		'Le site ne vous suit pas. Il n’a aucune publicité. Il n’utilise aucun autre service. Seuls les e-mails que vous demandez passent par la messagerie du site.',
	'privacy.never.2': 'Seules les personnes que vous choisissez voient vos expériences.',
	'privacy.rights.title': 'Vos droits',
	'privacy.rights.text':
		'Vous pouvez prendre une copie de toutes vos données. Vous pouvez effacer votre compte quand vous voulez. Tout est dans «\u202fMon compte\u202f». L’effacement efface aussi les compteurs liés à votre compte ou à votre pseudonyme. D’autres compteurs vont seulement avec votre connexion internet. Personne ne peut les relier à vous. Ils s’effacent seuls.',
	// Errors of the core journeys' forms: my plan, groups and sessions, finding my account again, a request.
	'validation.plan.tooLong': 'Ce texte est trop long. Écrivez 2000 lettres ou signes au plus.',
	'validation.plan.contactName': 'Écrivez un nom. 80 lettres au plus.',
	'validation.plan.phone':
		'Écrivez un numéro de téléphone avec des chiffres. Vous pouvez mettre des espaces ou le signe +.',
	'validation.plan.tooManyContacts': 'Écrivez 6 personnes au plus.',
	'validation.plan.recipient': 'Écrivez le nom de la personne qui reçoit ce lien. 80 lettres au plus.',
	'validation.plan.days': 'Choisissez un nombre de jours, de 1 à 30.',
	'error.peerGroups.alreadyIn':
		'Vous avez déjà une place dans ce groupe. Ou votre demande attend une réponse.',
	'error.peerGroups.cannotJoin': 'Ce groupe est pour d’autres personnes de l’organisation.',
	'error.peerGroups.charterPending':
		'Les règles du groupe ont changé. Acceptez les nouvelles règles sur la page du groupe. Puis vous pourrez écrire encore.',
	'error.peerGroups.invitationOnly': 'Pour entrer dans ce groupe, il faut une invitation.',
	'error.peerGroups.noInvitation': 'Vous n’avez aucune invitation pour ce groupe.',
	'error.peerGroups.notMember': 'Vous n’avez aucune place dans ce groupe.',
	'error.peerGroups.leaveThroughGroup': 'Pour quitter cette conversation, quittez le groupe sur sa page.',
	'error.peerGroups.addThroughGroup':
		'Pour entrer dans la conversation d’un groupe, il faut rejoindre le groupe.',
	'error.session.notMember': 'Pour vous inscrire, entrez dans le groupe et acceptez ses règles.',
	'error.session.cancelled': 'Cette séance est annulée. Vous ne pouvez plus vous inscrire.',
	'error.session.groupArchived': 'Ce groupe est fermé. Il n’aura plus de séances.',
	'error.conversation.leaveAccompaniment':
		'Vous pouvez quitter cette conversation en terminant l’accompagnement.',
	'error.recovery.linkInvalid':
		'Ce lien a déjà servi, ou il est trop vieux. Vous pouvez demander un nouveau lien.',
	'error.recovery.codeFailed': 'Ce code va avec un autre pseudonyme. Ou ce code a déjà servi.',
	'error.recovery.tooManyRequests':
		'Il y a eu trop de demandes depuis cette connexion. Essayez encore dans {seconds, plural, one {# seconde} other {# secondes}}.',
	'validation.recovery.code': 'Un code a 12 lettres ou chiffres, en 3 groupes de 4.',
	'validation.request.openDays': 'Choisissez 7, 30 ou 90 jours.',
	'validation.notifications.needsEmail':
		'Pour recevoir des e-mails, ajoutez d’abord une adresse e-mail à votre compte.',
	'validation.notifications.unavailable': 'Ce site n’envoie aucun e-mail.',
	'validation.notifications.staffOnly': 'Ce choix est pour les personnes qui surveillent les messages.'
};
