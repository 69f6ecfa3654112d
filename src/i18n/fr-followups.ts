/** French catalogue part: closed help requests. Spread into fr.ts. */
export const frFollowups = {
	'error.helpRequestClosed':
		'Cette demande est close : le temps pendant lequel elle restait ouverte est passé. Elle n’est plus proposée aux pair-aidant·es et ne permet plus d’envoyer de demande de contact. Si vous souhaitez toujours parler à quelqu’un, faites une nouvelle demande.',
	'help.closed': 'Demande close',
	'help.newRequest': 'Faire une nouvelle demande'
} as const;
