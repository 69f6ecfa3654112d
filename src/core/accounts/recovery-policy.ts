/**
 * The rules of account recovery, in one place so the pages and the privacy notice state the same numbers.
 *
 * Recovery codes are 12 random characters of the base-32 alphabet (A-Z, 2-7: no 0/O or 1/I to confuse),
 * 60 bits each, shown as three groups of four. They are stored as a SHA-256 of the account id and the code,
 * not with argon2: a slow hash protects guessable secrets (passwords), while a 60-bit random code cannot be
 * guessed online (throttled like sign-in: a few hundred tries a day against 8 codes out of 2^60) and costs
 * a GPU years per account offline; argon2 would also make each attempt verify 8 hashes, a cost any visitor
 * could impose on the server. The account id salts the hash, so one table of codes fits no other account.
 */
import type { RateRule } from '../shared';
import type { ThrottledKey } from './throttle-policy';

export const RECOVERY_CODE_COUNT = 8;
export const RECOVERY_CODE_LENGTH = 12;
/** A link sent by email works once, for this long. */
export const RECOVERY_LINK_MINUTES = 60;

/**
 * Asking for links from one address: enough for a few people behind one shared computer or network (a
 * GEM, a carrier's NAT), not for probing many accounts.
 */
export const RECOVERY_EMAIL_ADDRESS_RULE: RateRule = { capacity: 10, perSeconds: 60 * 60 };
/** Links sent to one account: a mailbox receives at most 3 an hour, whoever asks. */
export const RECOVERY_EMAIL_ACCOUNT_RULE: RateRule = { capacity: 3, perSeconds: 60 * 60 };

/** The address bucket of "send me a link": refusals here say nothing about any account. */
export function recoveryEmailAddressKey(address: string): ThrottledKey {
	return { key: `recovery-email:ip:${address}`, rule: RECOVERY_EMAIL_ADDRESS_RULE };
}

/** The target's bucket: when empty, no email is sent, and the answer stays the same. */
export function recoveryEmailAccountKey(accountId: string): ThrottledKey {
	return { key: `recovery-email:account:${accountId}`, rule: RECOVERY_EMAIL_ACCOUNT_RULE };
}
