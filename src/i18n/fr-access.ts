/** French catalogue part: access after moderation and removal. Spread into fr.ts; en-access.ts must have the same keys. */
export const frAccess = {
	'error.helpRequestHidden':
		'Cette demande a été masquée par la modération : elle n’est plus proposée aux pair-aidants. Vous pouvez faire une nouvelle demande ; la décision et ses motifs sont dans votre compte, rubrique modération.'
} as const;
