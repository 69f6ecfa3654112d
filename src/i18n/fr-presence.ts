/** French catalogue part: presence and typing in conversations. Spread into fr.ts; en-presence.ts must have the same keys. */
export const frPresence = {
	'presence.online': 'En ligne',
	'presence.choice': 'Montrer aux autres participant·es quand je suis en ligne dans cette conversation',
	'presence.choiceHint':
		'Si vous cochez, les autres verront « En ligne » à côté de votre pseudonyme quand vous êtes dans cette conversation, et verront aussi quand vous écrivez un message.',
	'presence.save': 'Enregistrer ce choix',
	'presence.savedVisible': 'C’est enregistré : les autres voient quand vous êtes en ligne ici.',
	'presence.savedHidden': 'C’est enregistré : les autres ne voient pas quand vous êtes en ligne ici.',
	'presence.typingOne': '{pseudonym} écrit…',
	'presence.typingTwo': '{first} et {second} écrivent…',
	'presence.typingMany': 'Plusieurs personnes écrivent…',
	'error.typingTooFast': 'Trop de signaux « en train d’écrire » en peu de temps. Attendez une minute.'
} as const;
