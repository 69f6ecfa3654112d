import type { frLimits } from './fr-limits';

/** English catalogue part: limits on sign-up and password checks. */
export const enLimits: Record<keyof typeof frLimits, string> = {
	'error.signUpThrottled': 'Many accounts were created from this connection. Try again in {seconds, plural, one {# second} other {# seconds}}.',
	'error.passwordCheckThrottled':
		'Too many password attempts for this account. Try again in {seconds, plural, one {# second} other {# seconds}}.'
};
