import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildAccount, contextFor } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { accounts } from '../../db/schema';
import { updateMySettings } from './update-my-settings';

const db = useTestDatabase();
const WITH_MAIL = { emailAvailable: true };

async function settingsOf(accountId: string) {
	const [row] = await db()
		.select({
			directMessages: accounts.directMessages,
			emailDigest: accounts.emailDigest,
			discreetNotifications: accounts.discreetNotifications,
			theme: accounts.theme,
			locale: accounts.locale
		})
		.from(accounts)
		.where(eq(accounts.id, accountId));
	return row!;
}

describe('updateMySettings', () => {
	it('saves every part together', async () => {
		const person = await buildAccount(db(), { email: 'colibri@example.org' });
		await updateMySettings(
			contextFor(db(), person),
			{ directMessages: 'my_organisations', emailDigest: true, theme: 'dark', locale: 'en' },
			WITH_MAIL
		);
		expect(await settingsOf(person.accountId)).toMatchObject({
			directMessages: 'my_organisations',
			emailDigest: true,
			theme: 'dark',
			locale: 'en'
		});
	});

	it.each([
		['a later notification choice is refused (no email address)', { emailDigest: true }],
		['the last part, a display preference, is refused', { discreetNotifications: true, theme: 'néon' }]
	])('changes nothing when %s', async (_case, later) => {
		const person = await buildAccount(db());
		const before = await settingsOf(person.accountId);
		await expect(
			updateMySettings(contextFor(db(), person), { directMessages: 'my_organisations', ...later }, WITH_MAIL)
		).rejects.toMatchObject({ code: 'INVALID' });
		expect(await settingsOf(person.accountId)).toEqual(before);
	});
});
