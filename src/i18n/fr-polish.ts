/** Focus and feedback, the moderation queue on a phone, the readable copy of one's data (issue 15, 7 to 10). */
export const frPolish = {
	'conversation.messageMenu': 'Options du message',
	'account.data.readable':
		'Ou lisez-les comme un document, à garder ou à imprimer : vos vécus, vos organisations, vos demandes et vos conversations, des deux côtés.',
	'account.data.readableView': 'Lire la copie lisible',
	'account.data.readableDownload': 'Télécharger la copie lisible (HTML)',
	'myData.copy.title': 'Mes données sur Entrepairs',
	'myData.copy.made': 'Copie faite le {date} à {time}.',
	'myData.copy.intro':
		'Elle montre ce qu’Entrepairs conserve sur vous, comme vous pouvez le lire sur le site. Les messages des autres personnes y figurent tels que vous les lisez dans la conversation. Le fichier JSON de votre compte contient les mêmes données pour une machine.',
	'myData.copy.printHint':
		'Pour l’imprimer ou l’enregistrer en PDF, utilisez la commande Imprimer de votre navigateur.',
	'myData.copy.account': 'Mon compte',
	'myData.copy.pseudonym': 'Pseudonyme',
	'myData.copy.email': 'Adresse e-mail',
	'myData.copy.noEmail': 'aucune',
	'myData.copy.createdAt': 'Compte créé le',
	'myData.copy.memberships': 'Mes organisations',
	'myData.copy.requestedAt': 'demande du {date}',
	'myData.copy.experiences': 'Mes vécus (mon profil)',
	'myData.copy.period': 'Période : {period}',
	'myData.copy.visibility': 'Visible par : {who}',
	'myData.copy.offer': 'Mon offre de pair-aidance',
	'myData.copy.offerExperiences': 'Vécus que j’accompagne',
	'myData.copy.introduction': 'Ma présentation',
	'myData.copy.availability': 'Mes disponibilités',
	'myData.copy.anyTime': 'à tout moment',
	'myData.copy.formats': 'Façons d’échanger',
	'myData.copy.area': 'Secteur',
	'myData.copy.capacity':
		'{count, plural, one {# personne accompagnée à la fois au plus} other {# personnes accompagnées à la fois au plus}}',
	'myData.copy.paused': 'En pause',
	'myData.copy.helpRequests': 'Mes demandes d’aide',
	'myData.copy.helpRequest': 'Demande du {date}',
	'myData.copy.open': 'Ouverte',
	'myData.copy.hopes': 'Ce que j’espérais',
	'myData.copy.conversations': 'Mes conversations',
	'myData.copy.since': 'Vous y participez depuis le {date}.',
	'myData.copy.noMessages': 'Aucun message.',
	'myData.copy.me': 'Moi',
	'myData.copy.nothing': 'Rien pour le moment.'
} as const;
