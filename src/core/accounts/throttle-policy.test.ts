import { describe, expect, it } from 'vitest';
import { ACCOUNT_RULE, ADDRESS_RULE, delayAfterFailures } from './throttle-policy';

describe('delayAfterFailures', () => {
	it.each([
		[0, ACCOUNT_RULE, 0],
		[4, ACCOUNT_RULE, 0],
		[5, ACCOUNT_RULE, 1],
		[6, ACCOUNT_RULE, 2],
		[9, ACCOUNT_RULE, 16],
		[15, ACCOUNT_RULE, 900],
		[500, ACCOUNT_RULE, 900],
		[19, ADDRESS_RULE, 0],
		[20, ADDRESS_RULE, 1],
		[23, ADDRESS_RULE, 8]
	])('after %i failures waits the right time', (failures, rule, expected) => {
		expect(delayAfterFailures(failures, rule)).toBe(expected);
	});
});
