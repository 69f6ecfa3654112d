/** French catalogue part: limits on sign-up and password checks. Spread into fr.ts; en-limits.ts must have the same keys. */
export const frLimits = {
	'error.signUpThrottled':
		'Beaucoup de comptes ont été créés depuis cette connexion. Réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.',
	'error.passwordCheckThrottled':
		'Trop d’essais de mot de passe pour ce compte. Réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.'
} as const;
