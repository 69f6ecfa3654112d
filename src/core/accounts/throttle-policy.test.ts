import { describe, expect, it } from 'vitest';
import { ADDRESS_RULE, PAIR_RULE, PSEUDONYM_RULE, signInKeys } from './throttle-policy';

describe('signInKeys', () => {
	it.each([
		[
			'with an address',
			'203.0.113.9',
			['sign-in:ip:203.0.113.9', 'sign-in:pair:203.0.113.9:colibri', 'sign-in:name:colibri']
		],
		['without an address (API behind nothing)', undefined, ['sign-in:name:colibri']]
	])('draws from the right buckets %s', (_label, address, expected) => {
		expect(signInKeys('colibri', address).map((entry) => entry.key)).toEqual(expected);
	});

	it('is most lenient per address and strictest per address and pseudonym', () => {
		expect(ADDRESS_RULE.capacity).toBeGreaterThan(PSEUDONYM_RULE.capacity);
		expect(PSEUDONYM_RULE.capacity).toBeGreaterThan(PAIR_RULE.capacity);
		// A guesser spread over addresses gets one try a minute once the bucket is empty: the real person
		// waits at most that long, never a lockout.
		expect(PSEUDONYM_RULE.perSeconds / PSEUDONYM_RULE.capacity).toBeLessThanOrEqual(60);
	});
});
