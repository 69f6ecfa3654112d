import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY, resolveDisplaySettings, type StoredDisplay } from './display-settings';

const account: StoredDisplay = {
	textSize: 'larger',
	theme: 'dark',
	easyRead: true,
	lineSpacing: 'wide',
	contrast: 'high',
	readingFont: 'readable'
};

describe('resolveDisplaySettings', () => {
	it.each([
		['a visitor without cookies gets the defaults', {}, null, DEFAULT_DISPLAY],
		[
			'a visitor keeps the cookies’ choices',
			{ easyRead: 'on', textSize: 'large', contrast: 'high' },
			null,
			{ ...DEFAULT_DISPLAY, easyRead: 'on', textSize: 'large', contrast: 'high' }
		],
		[
			'a signed-in person without cookies gets the account’s choices (a new device)',
			{},
			account,
			{
				textSize: 'larger',
				theme: 'dark',
				easyRead: 'on',
				lineSpacing: 'wide',
				contrast: 'high',
				readingFont: 'readable'
			}
		],
		[
			'a cookie wins over the account, setting by setting',
			{ easyRead: 'off', textSize: 'normal' },
			account,
			{
				textSize: 'normal',
				theme: 'dark',
				easyRead: 'off',
				lineSpacing: 'wide',
				contrast: 'high',
				readingFont: 'readable'
			}
		],
		[
			'an unknown cookie value counts as absent',
			{ easyRead: 'yes', lineSpacing: '<script>', readingFont: '' },
			account,
			{
				textSize: 'larger',
				theme: 'dark',
				easyRead: 'on',
				lineSpacing: 'wide',
				contrast: 'high',
				readingFont: 'readable'
			}
		],
		[
			'an unknown stored value falls back to the default',
			{},
			{ ...account, contrast: 'neon', easyRead: false },
			{
				textSize: 'larger',
				theme: 'dark',
				easyRead: 'off',
				lineSpacing: 'wide',
				contrast: 'normal',
				readingFont: 'readable'
			}
		]
	])('%s', (_name, cookies, stored, expected) => {
		expect(resolveDisplaySettings(cookies, stored)).toEqual(expected);
	});
});
