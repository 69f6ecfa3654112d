import { describe, expect, it } from 'vitest';
import { isOneToOne, safetyNoticeFor } from './safety-notice-policy';

describe('safetyNoticeFor', () => {
	it.each([
		['accompaniment', 'mon 06 : 06 12 34 56 78', 'off_platform'],
		['direct', 'ajoute-moi sur snap', 'off_platform'],
		['direct', 'prête-moi 50 €', 'money'],
		['accompaniment', 'Bonjour, à jeudi 18h30 !', null],
		['group', 'mon 06 : 06 12 34 56 78', null],
		['group', 'prête-moi 50 €', null],
		['something-new', 'ajoute-moi sur snap', null]
	] as const)('in a %s conversation, %j carries %j', (kind, body, notice) => {
		expect(safetyNoticeFor(kind, body)).toBe(notice);
	});

	it('treats only accompaniments and direct conversations as 1:1', () => {
		expect(['accompaniment', 'direct', 'group', ''].map(isOneToOne)).toEqual([true, true, false, false]);
	});
});
