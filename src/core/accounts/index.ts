export { signUp, SignUpSchema } from './sign-up';
export { signIn } from './sign-in';
export { signOut, signOutEverywhere } from './sign-out';
export { changePassword } from './change-password';
export { checkOwnPassword } from './check-own-password';
export { updatePreferences, readPreferences } from './update-preferences';
export {
	resolveSession,
	purgeExpiredSessions,
	openSession,
	SESSION_LIFETIME_DAYS,
	type SessionAccount
} from './sessions';
export { checkPseudonym, foldPseudonym } from './pseudonym';
export { CONSENT_VERSION } from './consent';
export { hashPassword, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } from './password';
export { accountsPersonalData } from './personal-data';
export * from './preferences';
export { getMyAccount } from './get-my-account';
export { verifyCredentials } from './verify-credentials';
export { suspensionInEffect, type SuspensionAppeal } from './suspension';
