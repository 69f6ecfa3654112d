/** French catalogue part: access after moderation and removal, counts that single nobody out. Spread into fr.ts. */
export const frAccess = {
	'error.helpRequestHidden':
		'Cette demande a été masquée par la modération : elle n’est plus proposée aux pair-aidants. Vous pouvez faire une nouvelle demande ; la décision et ses motifs sont dans votre compte, rubrique modération.',
	'admin.vocabulary.fewerThan': 'moins de {count}'
} as const;
