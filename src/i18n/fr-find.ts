/** French catalogue part: finding a peer on a phone, weekly availability, a supporter's introduction. Spread into fr.ts. */
export const frFind = {
	'day.mon': 'lundi',
	'day.tue': 'mardi',
	'day.wed': 'mercredi',
	'day.thu': 'jeudi',
	'day.fri': 'vendredi',
	'day.sat': 'samedi',
	'day.sun': 'dimanche',
	'dayPart.morning': 'matin',
	'dayPart.afternoon': 'après-midi',
	'dayPart.evening': 'soir',
	'availability.slot': 'le {day} de {start} à {end}',
	'availability.hours':
		'Le matin : de 8 h à 12 h ; l’après-midi : de 12 h à 18 h ; le soir : de 18 h à 22 h (heure de Paris).',
	'availability.others': 'Autres créneaux déjà enregistrés (décochez pour les retirer)',
	'availability.request.legend': 'Quand pouvez-vous généralement parler ? (facultatif)',
	'availability.request.hint':
		'Sans rien cocher : à tout moment. Les pair-aidant·es disponibles aux mêmes moments que vous sont proposé·es en premier.',
	'find.experiences.title': '1. Ce que vous vivez',
	'find.experiences.intro':
		'Cochez ce sur quoi vous aimeriez parler. Les expériences de votre profil sont proposées d’abord ; cherchez-en une autre au besoin.',
	'find.fromProfile': 'Depuis votre profil',
	'find.fromOffer': 'Dans votre offre',
	'find.noProfile': 'Votre profil ne contient pas encore d’expérience : cherchez-en une ci-dessous.',
	'find.search.label': 'Chercher une expérience',
	'find.search.hint': 'Un mot suffit, avec ou sans accents (par exemple : voix, deuil, alcool).',
	'find.search.submit': 'Chercher',
	'find.search.results': 'Résultats pour « {query} » : cochez ce qui vous concerne',
	'find.search.none': 'Aucune expérience ne correspond à « {query} ». Regardez la liste complète.',
	'find.chosenElsewhere': 'Déjà choisies',
	'find.all': 'Toutes les expériences',
	'find.continue': 'Continuer',
	'find.noneChosen': 'Choisissez au moins une expérience, puis « Continuer ».',
	'find.details.title': '2. Comment vous aimeriez échanger',
	'find.chosen': 'Vous cherchez quelqu’un qui connaît :',
	'find.change': 'Modifier ces expériences',
	'matches.introduction': 'Sa présentation',
	'matches.availability': 'Généralement disponible : {slots}.',
	'matches.availabilityUnknown': 'Disponibilités non indiquées.',
	'matches.availableTogether': 'Disponible aux mêmes moments que vous.',
	'supporter.offer.introduction': 'Ma présentation (facultatif)',
	'supporter.offer.introductionHint':
		'Quelques phrases que les personnes liront avant de vous demander un contact : ce que vous proposez, comment vous aimez échanger. 500 caractères au plus ; rien qui permette de vous identifier.',
	'supporter.offer.experiencesHint':
		'Celles de votre offre sont cochées ; celles de votre profil viennent ensuite. Cherchez-en une autre au besoin.',
	'supporter.offer.searchKeeps': 'La recherche garde ce que vous avez déjà coché.',
	'validation.offer.introduction': 'Votre présentation fait au plus 500 caractères.'
} as const;
