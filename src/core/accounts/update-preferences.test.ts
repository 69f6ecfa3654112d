import { describe, expect, it } from 'vitest';
import { buildAccount, contextFor } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { resolveDisplaySettings } from './display-settings';
import { openSession, resolveSession } from './sessions';
import { updatePreferences } from './update-preferences';

const db = useTestDatabase();

describe('updatePreferences, reading settings', () => {
	it('keeps easy-read and the text settings on the account, where a new device finds them', async () => {
		const person = await buildAccount(db());
		await updatePreferences(contextFor(db(), person), {
			easyRead: 'on',
			textSize: 'largest',
			lineSpacing: 'wide',
			contrast: 'high',
			readingFont: 'readable'
		});
		const { token } = await openSession(db(), person.accountId, new Date());
		const session = await resolveSession(db(), token, new Date());
		expect(resolveDisplaySettings({}, session)).toEqual({
			textSize: 'largest',
			theme: 'auto',
			easyRead: 'on',
			lineSpacing: 'wide',
			contrast: 'high',
			readingFont: 'readable'
		});
		// Easy-read off (a boolean, as the JSON API sends it); the other settings stay.
		await updatePreferences(contextFor(db(), person), { easyRead: false });
		const after = await resolveSession(db(), token, new Date());
		expect(after?.easyRead).toBe(false);
		expect(after?.contrast).toBe('high');
	});

	it.each([
		[{ easyRead: 'yes' }],
		[{ easyRead: 1 }],
		[{ lineSpacing: 'double' }],
		[{ contrast: 'max' }],
		[{ readingFont: 'comic' }],
		[{ textSize: 'huge' }]
	])('refuses an unknown value %o', async (input) => {
		const person = await buildAccount(db());
		await expect(
			updatePreferences(contextFor(db(), person), input as Parameters<typeof updatePreferences>[1])
		).rejects.toMatchObject({ code: 'INVALID' });
	});
});
