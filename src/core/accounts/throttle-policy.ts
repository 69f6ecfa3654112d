/**
 * The buckets that slow down password guessing (see shared/rate-limit.ts). Every attempt takes a token
 * from each bucket before the password is checked, so parallel attempts cannot slip past a count; a
 * right password gives its tokens back, so only failures are remembered, and buckets refill by themselves.
 *
 * - the address: one address trying many pseudonyms (an attacker's); lenient, because a GEM's shared
 *   computer or a carrier's NAT hides many people;
 * - the address and the pseudonym together: the same person mistyping, or an attacker on one account;
 * - the pseudonym alone, whatever the address: bounds a guesser spread over many addresses, without
 *   locking the real person out for long (it refills one attempt a minute).
 */
import type { RateRule } from '../shared';

export const ADDRESS_RULE: RateRule = { capacity: 30, perSeconds: 15 * 60 };
export const PAIR_RULE: RateRule = { capacity: 5, perSeconds: 15 * 60 };
export const PSEUDONYM_RULE: RateRule = { capacity: 10, perSeconds: 10 * 60 };
/** Creating accounts, per address: stops bulk sign-ups and using sign-up as an existence oracle. */
export const SIGN_UP_RULE: RateRule = { capacity: 10, perSeconds: 60 * 60 };
/** Re-typing one's own password (change it, delete the account), per account. */
export const PASSWORD_CHECK_RULE: RateRule = { capacity: 5, perSeconds: 15 * 60 };

export interface ThrottledKey {
	key: string;
	rule: RateRule;
}

/** The buckets a sign-in attempt draws from: `name` is the folded pseudonym, never the account id. */
export function signInKeys(name: string, address: string | undefined): ThrottledKey[] {
	const keys: ThrottledKey[] = [{ key: `sign-in:name:${name}`, rule: PSEUDONYM_RULE }];
	if (address) {
		keys.unshift(
			{ key: `sign-in:ip:${address}`, rule: ADDRESS_RULE },
			{ key: `sign-in:pair:${address}:${name}`, rule: PAIR_RULE }
		);
	}
	return keys;
}
