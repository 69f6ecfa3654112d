/**
 * Version of the consent text shown at sign-up (catalogue key `signUp.consent.text`).
 * Change it whenever that text changes: each account records the version it agreed to.
 */
export const CONSENT_VERSION = '2026-11-v1';
