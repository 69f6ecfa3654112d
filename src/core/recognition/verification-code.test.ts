import { describe, expect, it } from 'vitest';
import { formatVerificationCode, newVerificationCode, normaliseVerificationCode } from './verification-code';
import { formatMinutes, totalsByKind } from './totals';

describe('verification codes', () => {
	it('are 20 characters of base32, different each time', () => {
		const codes = new Set(Array.from({ length: 200 }, newVerificationCode));
		expect(codes.size).toBe(200);
		for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
	});
	it.each([
		['abcd-efgh-jkmn-pqrs-tv12', 'ABCDEFGHJKMNPQRSTV12'],
		['ABCD EFGH JKMN PQRS TVOI', 'ABCDEFGHJKMNPQRSTV01'],
		['ABCD', null],
		['ABCD-EFGH-JKMN-PQRS-TVU1', null],
		["' or 1=1 --xxxxxxxxxxxxx", null]
	])('%s reads as %s', (typed, expected) => {
		expect(normaliseVerificationCode(typed)).toBe(expected);
	});
	it('prints in groups of four', () => {
		expect(formatVerificationCode('ABCDEFGHJKMNPQRSTV12')).toBe('ABCD-EFGH-JKMN-PQRS-TV12');
	});
});

describe('totals', () => {
	it('counts by kind in vocabulary order, unknown durations as no time', () => {
		expect(
			totalsByKind([
				{ kind: 'intervision', durationMinutes: 120 },
				{ kind: 'accompaniment', durationMinutes: null },
				{ kind: 'accompaniment', durationMinutes: 45 }
			])
		).toEqual([
			{ kind: 'accompaniment', count: 2, minutes: 45 },
			{ kind: 'intervision', count: 1, minutes: 120 }
		]);
		expect(formatMinutes(45)).toBe('45 min');
		expect(formatMinutes(750)).toBe('12 h 30');
		expect(formatMinutes(120)).toBe('2 h');
	});
});
