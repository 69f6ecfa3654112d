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
export { issueRecoveryCodes } from './issue-recovery-codes';
export { renewRecoveryCodes } from './renew-recovery-codes';
export { recoverWithCode } from './recover-with-code';
export { requestRecoveryEmail } from './request-recovery-email';
export { readRecoveryLink } from './read-recovery-link';
export { recoverWithLink } from './recover-with-link';
export { getRecoveryStatus } from './get-recovery-status';
export type { RecoveredAccount } from './recovery-reset';
export {
	RECOVERY_CODE_COUNT,
	RECOVERY_LINK_MINUTES,
	RECOVERY_EMAIL_ACCOUNT_RULE,
	RECOVERY_EMAIL_ADDRESS_RULE
} from './recovery-policy';
export { resolveDisplaySettings, DEFAULT_DISPLAY, type DisplaySettings } from './display-settings';
