import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, joinDemoGemWithExperiences } from './support/api';
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

async function accountId(context: BrowserContext): Promise<string> {
	const token = (await context.cookies()).find((cookie) => cookie.name === 'ep_session')!.value;
	return ((await callApi(token, 'GET', '/api/v1/me')) as { id: string }).id;
}

describe.each(JS_MODES)('direct messages (%s)', (_mode, javaScriptEnabled) => {
	it('lets a member write to another who accepts it, who can then block them', async () => {
		const recipient = await newPage(browser(), javaScriptEnabled);
		const recipientName = await signUp(recipient.page);
		await joinDemoGemWithExperiences(recipient.page, []);
		const writer = await newPage(browser(), javaScriptEnabled);
		const writerName = await signUp(writer.page);
		await joinDemoGemWithExperiences(writer.page, []);
		const profile = `/personnes/${await accountId(recipient.context)}`;

		// Nobody receives direct messages until they choose to.
		await writer.page.goto(profile);
		expect(await writer.page.getByRole('button', { name: `Écrire à ${recipientName}` }).count()).toBe(0);

		await recipient.page.goto('/compte');
		await recipient.page.getByRole('radio', { name: 'Les membres de mes organisations' }).check();
		await submit(recipient.page, /^Enregistrer$/);
		await eventually(
			() => recipient.page.textContent('main'),
			(text) => expect(text).toContain('C’est enregistré.')
		);
		await expectAccessible(recipient.page);

		await writer.page.goto(profile);
		await expectAccessible(writer.page);
		await submit(writer.page, `Écrire à ${recipientName}`);
		await writer.page.waitForURL(/\/conversations\/[0-9a-f-]{36}$/);
		const conversationUrl = writer.page.url();
		await writer.page.getByLabel('Votre message').fill('Bonjour, on s’est croisé·es au GEM mardi.');
		await submit(writer.page, 'Envoyer');
		await eventually(
			() => writer.page.locator('[role="log"]').textContent(),
			(text) => expect(text).toContain('on s’est croisé·es au GEM mardi')
		);

		// The recipient finds it, and blocks the writer: the conversation closes for both.
		await recipient.page.goto('/conversations');
		await recipient.page.getByRole('link', { name: `Avec ${writerName}` }).click();
		await recipient.page.waitForURL(conversationUrl);
		expect(await recipient.page.locator('[role="log"]').textContent()).toContain('croisé·es au GEM');
		await expectAccessible(recipient.page);
		await submit(recipient.page, `Bloquer ${writerName}`);
		await eventually(
			() => recipient.page.textContent('main'),
			(text) => expect(text).toContain('l’un·e de vous a bloqué l’autre')
		);
		await writer.page.goto(conversationUrl);
		expect(await writer.page.textContent('main')).toContain('l’un·e de vous a bloqué l’autre');
		await writer.page.goto(profile);
		expect(await writer.page.getByRole('button', { name: `Écrire à ${recipientName}` }).count()).toBe(0);
		await Promise.all([recipient.context.close(), writer.context.close()]);
	});
});
