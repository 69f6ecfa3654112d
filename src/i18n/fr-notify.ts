/** French catalogue part: the notification centre and join requests. en-notify.ts has the same keys. */
export const frNotify = {
	'notify.title': 'Notifications',
	'notify.link': 'Notifications',
	'notify.empty': 'Rien de nouveau.',
	'notify.unreadCount':
		'{count, plural, =0 {Aucune notification non lue.} one {# notification non lue.} other {# notifications non lues.}}',
	'notify.markAll': 'Tout marquer comme lu',
	'notify.markOne': 'Marquer comme lu',
	'notify.marked':
		'{count, plural, =0 {Rien à marquer.} one {# notification marquée comme lue.} other {# notifications marquées comme lues.}}',
	'notify.unread': 'Non lue',
	'notify.read': 'Lue',
	'notify.gone': 'Ce dont il s’agissait n’existe plus.',
	'notify.open': 'Voir',
	'notify.older': 'Notifications plus anciennes',
	'notify.newer': 'Notifications plus récentes',
	'notify.listTitle': 'Vos notifications',
	'notify.someone': 'une personne',
	'notify.someOrganisation': 'une organisation',
	'notify.kind.membership.approved': 'Votre demande pour rejoindre {organisation} est acceptée.',
	'notify.kind.membership.refused': 'Votre demande pour rejoindre {organisation} n’a pas été acceptée.',
	'notify.kind.contact.received': '{pseudonym} vous demande un contact.',
	'notify.kind.contact.accepted':
		'{pseudonym} a accepté votre demande de contact : votre accompagnement commence.',
	'notify.kind.contact.declined': '{pseudonym} n’est pas disponible pour votre demande de contact.',
	'notify.kind.accompaniment.opened': 'Un accompagnement avec {pseudonym} a commencé.',
	'notify.kind.moderation.decided': 'Une décision de modération vous concerne : {outcome}.',
	'notify.kind.report.handled': 'Votre signalement a été examiné.',
	'notify.kind.appeal.decided': 'Votre contestation a reçu une réponse : {outcome}.',
	'notify.kind.unknown': 'Une notification.',
	'notify.outcome.warn': 'un avertissement',
	'notify.outcome.hide_content': 'un contenu masqué',
	'notify.outcome.suspend': 'une suspension',
	'notify.outcome.remove_from_organisation': 'un retrait de l’organisation',
	'notify.outcome.upheld': 'la décision est maintenue',
	'notify.outcome.reversed': 'la décision est annulée',
	'notify.outcome.other': 'voir le détail',
	'notify.joins.title': 'Demandes d’adhésion en attente',
	'notify.joins.none': 'Aucune demande d’adhésion en attente.',
	'notify.joins.requestedOn': 'Demande du {date}',
	'notify.joins.in': 'pour {organisation}',
	'notify.joins.message': 'Son message',
	'notify.joins.noMessage': 'Pas de message.',
	'notify.joins.decided': 'Demande traitée.',
	'notify.contacts':
		'{count, plural, =0 {Aucune demande de contact n’attend votre réponse.} one {# demande de contact attend votre réponse.} other {# demandes de contact attendent votre réponse.}}',
	'notify.contacts.link': 'Ouvrir mon espace pair-aidant',
	'notify.join.message': 'Un mot pour les personnes qui coordonnent (facultatif)',
	'notify.join.messageHint':
		'500 caractères au plus. Elles le lisent avec votre demande ; ne mettez rien que vous voudriez garder pour vous.',
	'notify.join.requested':
		'Demande envoyée. Les personnes qui coordonnent vont la regarder ; leur réponse arrivera dans vos notifications.',
	'notify.email.news.subject': 'Du nouveau vous attend sur Entrepairs',
	'notify.email.news.body':
		'Bonjour,\n\n{summary}\n\nPour voir, connectez-vous : {url}\n\nVous recevez cet e-mail parce que vous l’avez demandé. Pour ne plus le recevoir : {settings}\n',
	'notify.email.messages': 'Vous avez un nouveau message.',
	'notify.email.notifications':
		'{count, plural, one {# nouvelle notification} other {# nouvelles notifications}} ({kinds}).',
	'notify.email.family.membership': 'adhésion',
	'notify.email.family.contact': 'demande de contact',
	'notify.email.family.moderation': 'modération',
	'notify.email.family.other': 'autre'
} as const;
