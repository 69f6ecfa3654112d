import { describe, expect, it } from 'vitest';
import { joinDemoGem, sessionOf } from './support/api';
import {
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	signUp,
	submit,
	useBrowser
} from './support/browser';

const browser = useBrowser();
const DIGEST = 'Recevoir un e-mail quand des messages ou des notifications m’attendent';
const MODERATION_ALERTS = 'Recevoir un e-mail quand des signalements attendent dans ma file de modération';

describe.each(JS_MODES)('notification preferences (%s)', (_mode, javaScriptEnabled) => {
	it('refuses the email digest without an email address, with the reason beside the field', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		await signUp(page);
		await page.goto('/compte');
		expect(await page.textContent('main')).toContain(
			'Pour recevoir des e-mails, il faut une adresse e-mail sur votre compte.'
		);
		await page.getByRole('checkbox', { name: DIGEST }).check();
		await submit(page, 'Enregistrer mes notifications');
		await eventually(
			() => page.textContent('main'),
			(value) =>
				expect(value).toContain(
					'Ajoutez d’abord une adresse e-mail à votre compte pour recevoir des e-mails.'
				)
		);
		await expectAccessible(page);
		await page.goto('/compte');
		expect(await page.getByRole('checkbox', { name: DIGEST }).isChecked()).toBe(false);
		await context.close();
	});

	it('saves the email digest and the discreet mode for an account with an email address', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		await signUp(page, undefined, { withEmail: true });
		await page.goto('/compte');
		await expectAccessible(page);
		// Not staff: the moderation alert is not offered.
		expect(await page.getByRole('checkbox', { name: MODERATION_ALERTS }).count()).toBe(0);
		await page.getByRole('checkbox', { name: DIGEST }).check();
		await page.getByRole('checkbox', { name: 'Mode discret' }).check();
		await submit(page, 'Enregistrer mes notifications');
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Vos choix de notifications sont enregistrés.')
		);
		await expectAccessible(page);
		await page.goto('/compte');
		expect(await page.getByRole('checkbox', { name: DIGEST }).isChecked()).toBe(true);
		expect(await page.getByRole('checkbox', { name: 'Mode discret' }).isChecked()).toBe(true);
		const account = await page.request.get('/api/v1/me');
		expect(await account.json()).toMatchObject({ emailDigest: true, discreetNotifications: true });
		await context.close();
	});

	it('lets a moderator ask for an email when reports wait in their queue', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		await signUp(page, undefined, { withEmail: true });
		await joinDemoGem(await sessionOf(context), [], 'moderator');
		await page.goto('/compte');
		const alerts = page.getByRole('checkbox', { name: MODERATION_ALERTS });
		expect(await alerts.isChecked()).toBe(false);
		await alerts.check();
		await submit(page, 'Enregistrer mes notifications');
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Vos choix de notifications sont enregistrés.')
		);
		await expectAccessible(page);
		await page.goto('/compte');
		expect(await page.getByRole('checkbox', { name: MODERATION_ALERTS }).isChecked()).toBe(true);
		// The other choices were saved as they were: off.
		expect(await page.getByRole('checkbox', { name: DIGEST }).isChecked()).toBe(false);
		const account = await page.request.get('/api/v1/me');
		expect(await account.json()).toMatchObject({ moderationAlerts: true, emailDigest: false });
		await context.close();
	});
});
