/** French catalogue part: care. Spread into fr.ts; en-care.ts must have the same keys. */
export const frCare = {
	'validation.care.label': 'Donnez un nom à ce contact (2 à 120 caractères).',
	'validation.care.phone':
		'Écrivez un numéro de téléphone avec des chiffres, par exemple 04 72 00 00 00 ou +33 4 72 00 00 00.',
	'validation.care.email': 'Écrivez une adresse e-mail complète, par exemple permanence@exemple.fr.',
	'validation.care.phoneOrEmail': 'Indiquez au moins un téléphone ou une adresse e-mail.',
	'validation.care.slot':
		'Écrivez chaque permanence sur sa ligne, comme : mon-14:00-18:00 (jours : mon, tue, wed, thu, fri, sat, sun).',
	'validation.care.slotCount': 'Pas plus de 21 permanences par contact.',
	'validation.care.note': 'La note ne peut pas dépasser 1 000 caractères.',
	'validation.coolDown': 'Choisissez une durée.',
	'error.care.onlySupporter': 'Seul·e le ou la pair-aidant·e de cet accompagnement peut le signaler.',
	'error.care.noOrganisation':
		'Aucune organisation ne peut recevoir ce signalement : vous n’êtes pair-aidant·e actif·ve dans aucune.',
	'error.care.alreadyAlerted':
		'Votre coordination a déjà été alertée et n’a pas encore répondu pour cet accompagnement.',
	'error.care.alreadyAcknowledged': 'Cette alerte a déjà été prise en charge.',

	'care.onDuty.now': 'En ce moment, jusqu’à {time}',
	'care.onDuty.next': 'Prochaine permanence : {day} à {time}',
	'care.onDuty.none': 'Pas de permanence indiquée',
	'care.phone': 'Appeler {label} au {phone}',
	'care.email': 'Écrire à {label} : {email}',

	'care.contacts.title': 'Contacts d’urgence',
	'care.contacts.intro':
		'Ces contacts s’affichent sur la page Urgence pour les membres de {organisation}, après les numéros nationaux. Indiquez les heures de permanence pour que chacun sache quand quelqu’un est là.',
	'care.contacts.none': 'Aucun contact pour l’instant.',
	'care.contacts.label': 'Nom du contact',
	'care.contacts.labelHint': 'Par exemple : Permanence téléphonique du GEM.',
	'care.contacts.phone': 'Téléphone (facultatif)',
	'care.contacts.email': 'Adresse e-mail (facultatif)',
	'care.contacts.phoneOrEmailHint': 'Au moins un téléphone ou une adresse e-mail.',
	'care.contacts.details': 'Précisions (facultatif)',
	'care.contacts.onDuty': 'Permanences (facultatif)',
	'care.contacts.onDutyHint':
		'Une par ligne, à l’heure de Paris, par exemple mon-14:00-18:00. Jours : mon, tue, wed, thu, fri, sat, sun.',
	'care.contacts.add': 'Ajouter le contact',
	'care.contacts.addTitle': 'Ajouter un contact',
	'care.contacts.editTitle': 'Modifier « {label} »',
	'care.contacts.save': 'Enregistrer les modifications',
	'care.contacts.cancel': 'Annuler',
	'care.contacts.edit': 'Modifier « {label} »',
	'care.contacts.up': 'Monter « {label} »',
	'care.contacts.down': 'Descendre « {label} »',
	'care.contacts.remove': 'Supprimer « {label} »',
	'care.contacts.added': 'Contact ajouté.',
	'care.contacts.saved': 'Contact enregistré.',
	'care.contacts.removed': 'Contact supprimé.',
	'care.contacts.moved': 'Ordre enregistré.',
	'care.contacts.slots': 'Permanences : {slots}',
	'care.contacts.link': 'Contacts d’urgence',
	'care.contacts.back': 'Retour à l’organisation',

	'care.emergency.organisations': 'Les contacts de vos organisations',
	'care.emergency.organisationsIntro':
		'Ces personnes ne sont pas un service d’urgence : en cas de danger, appelez d’abord les numéros ci-dessus.',

	'care.noOne.title': 'Personne n’est disponible pour l’instant',
	'care.noOne.awayTitle': '{pseudonym} n’est pas disponible en ce moment',
	'care.noOne.awayUntil':
		'{pseudonym} a fait une pause jusqu’au {date} à {time}. Vous n’avez rien fait de mal.',
	'care.noOne.awayForNow': '{pseudonym} a fait une pause pour le moment. Vous n’avez rien fait de mal.',
	'care.noOne.text': 'Si vous avez besoin de parler maintenant, ces lignes répondent :',
	'care.noOne.organisation': 'Votre organisation, {organisation}',

	'care.coolDown.title': 'Prendre du recul',
	'care.coolDown.intro':
		'Après une séance difficile, vous pouvez vous retirer un temps : personne ne vous sera proposé et vous ne recevrez pas de nouvelle demande. Vos accompagnements en cours restent ouverts ; les personnes voient que vous êtes absent·e et à qui s’adresser.',
	'care.coolDown.duration': 'Durée',
	'care.coolDown.24h': '24 heures',
	'care.coolDown.3d': '3 jours',
	'care.coolDown.7d': '7 jours',
	'care.coolDown.until_lifted': 'Jusqu’à ce que je revienne',
	'care.coolDown.start': 'Prendre du recul',
	'care.coolDown.activeUntil': 'Vous prenez du recul jusqu’au {date} à {time}.',
	'care.coolDown.activeUntilLifted': 'Vous prenez du recul jusqu’à ce que vous reveniez.',
	'care.coolDown.lift': 'Revenir maintenant',
	'care.coolDown.set': 'C’est noté. Prenez soin de vous.',
	'care.coolDown.lifted': 'Bon retour : vous pouvez de nouveau être proposé·e.',

	'care.alert.title': 'Conversation difficile ?',
	'care.alert.intro':
		'Vous pouvez prévenir votre coordination pour qu’elle vous propose un temps d’échange (débriefing). Aucun message de la conversation n’est transmis : seulement votre note, si vous en écrivez une.',
	'care.alert.note': 'Note pour votre coordination (facultatif)',
	'care.alert.noteHint': '1 000 caractères au plus. Ne recopiez pas les messages de la personne.',
	'care.alert.send': 'Signaler une conversation difficile',
	'care.alert.sent': 'Votre coordination a été alertée.',
	'care.alert.history': 'Vos signalements',
	'care.alert.sentTo': 'Signalé à {organisation} le {date} à {time}.',
	'care.alert.waiting': 'En attente de réponse.',
	'care.alert.acknowledged': 'Débriefing proposé le {date} à {time}.',
	'care.alert.endNow':
		'Vous pouvez aussi arrêter l’accompagnement tout de suite avec le bouton ci-dessus, sans avoir à vous justifier.',

	'care.alerts.title': 'Conversations difficiles',
	'care.alerts.intro':
		'Des pair-aidant·es de {organisation} ont signalé une conversation difficile. Proposez-leur un temps d’échange. Le contenu des conversations n’est jamais transmis.',
	'care.alerts.none': 'Aucune alerte en attente.',
	'care.alerts.from': '{pseudonym}, le {date} à {time}',
	'care.alerts.noNote': 'Sans note.',
	'care.alerts.acknowledge': 'Débriefing proposé à {pseudonym}',
	'care.alerts.acknowledged': 'Alerte prise en charge.',
	'care.alerts.done': 'Déjà prises en charge',
	'care.alerts.doneBy': 'Prise en charge le {date} par {pseudonym}.',
	'care.alerts.link': 'Conversations difficiles ({count} en attente)'
} as const;
