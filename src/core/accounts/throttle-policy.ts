/** Pure arithmetic of sign-in throttling: a few free failures, then delays that double, capped. */

export interface ThrottleRule {
	freeFailures: number;
	maxDelaySeconds: number;
}

export const ACCOUNT_RULE: ThrottleRule = { freeFailures: 5, maxDelaySeconds: 15 * 60 };
// One address can hide many people (a GEM's shared computer, a phone carrier's NAT): more lenient.
export const ADDRESS_RULE: ThrottleRule = { freeFailures: 20, maxDelaySeconds: 15 * 60 };

/** Seconds to wait after the given number of consecutive failures (0 while failures are free). */
export function delayAfterFailures(failures: number, rule: ThrottleRule): number {
	if (failures < rule.freeFailures) return 0;
	const exponent = Math.min(failures - rule.freeFailures, 20);
	return Math.min(2 ** exponent, rule.maxDelaySeconds);
}
