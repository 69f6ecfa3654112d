import { describe, expect, it } from 'vitest';
import { wholeNumber, yesNo } from './schemas';

describe('form and JSON value schemas', () => {
	it.each([
		[true, true],
		['true', true],
		['on', true],
		[false, false],
		['false', false]
	])('yesNo reads %j as %s', (value, expected) => {
		expect(yesNo.parse(value)).toBe(expected);
	});

	it.each([[undefined], [''], ['yes'], [1], [null], ['TRUE ']])(
		'yesNo refuses %j: a pause must never flip by accident',
		(value) => {
			expect(yesNo.safeParse(value).success).toBe(false);
		}
	);

	it.each([
		['3', 3],
		[' 12 ', 12],
		[4, 4],
		['-1', -1]
	])('wholeNumber reads %j as %i', (value, expected) => {
		expect(wholeNumber('m').parse(value)).toBe(expected);
	});

	it.each([[true], [''], ['2.5'], [2.5], ['1e3'], [null]])('wholeNumber refuses %j', (value) => {
		expect(wholeNumber('m').safeParse(value).success).toBe(false);
	});
});
