/** French catalogue part: how requests are read (bodies, redirects). Spread into fr.ts; en-http.ts has the same keys. */
export const frHttp = {
	'error.jsonTooDeep':
		'Le contenu JSON envoyé est imbriqué trop profondément (32 niveaux au plus). Envoyez un objet plus simple.',
	'validation.jsonTooDeep': 'Trop de niveaux imbriqués (32 au plus).'
} as const;
