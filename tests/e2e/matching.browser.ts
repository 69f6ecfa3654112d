import { describe, expect, it } from 'vitest';
import {
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	signIn,
	submit,
	useBrowser
} from './support/browser';

const browser = useBrowser();

const mainText = (page: import('playwright-core').Page) => page.textContent('main');

describe.each(JS_MODES)('finding a peer (%s)', (_mode, javaScriptEnabled) => {
	it('matches a member with a supporter who lived it too; both accept; the member ends the accompaniment', async () => {
		// The supporter states what they accompany.
		const supporter = await newPage(browser(), javaScriptEnabled);
		await signIn(supporter.page, 'Sacha');
		await supporter.page.goto('/espace-pair-aidant');
		await expectAccessible(supporter.page);
		await supporter.page.getByRole('checkbox', { name: 'Entente de voix', exact: true }).check();
		await supporter.page.getByRole('checkbox', { name: 'Messages écrits', exact: true }).check();
		await supporter.page.getByLabel('Nombre maximum d’accompagnements en même temps').fill('4');
		await submit(supporter.page, 'Enregistrer mon offre');
		await eventually(
			() => mainText(supporter.page),
			(text) => expect(text).toContain('Offre enregistrée.')
		);
		await expectAccessible(supporter.page);

		// The member asks for help and sees why Sacha is proposed, without what Sacha keeps private.
		const member = await newPage(browser(), javaScriptEnabled);
		await signIn(member.page, 'Camille');
		await member.page.goto('/trouver-un-pair');
		await expectAccessible(member.page);
		// Camille's profile experiences come ticked; she narrows the request to hearing voices.
		await member.page.getByRole('checkbox', { name: 'Trouble bipolaire', exact: true }).uncheck();
		await expect(
			member.page.getByRole('checkbox', { name: 'Entente de voix', exact: true }).isChecked()
		).resolves.toBe(true);
		await member.page
			.getByLabel('Ce que j’espère (facultatif)')
			.fill('Parler avec quelqu’un qui vit la même chose.');
		await submit(member.page, 'Voir les pair-aidant·es');
		await member.page.waitForURL(/\/trouver-un-pair\/[0-9a-f-]{36}$/);
		await eventually(
			() => mainText(member.page),
			(text) => expect(text).toContain('A vécu aussi : Entente de voix')
		);
		await expectAccessible(member.page);
		await submit(member.page, 'Demander le contact avec Sacha');
		await eventually(
			() => mainText(member.page),
			(text) => expect(text).toContain('Demande envoyée à Sacha.')
		);

		// The supporter sees only what Camille shares with supporters, and accepts.
		await supporter.page.goto('/espace-pair-aidant');
		await eventually(
			() => mainText(supporter.page),
			(text) => expect(text).toContain('Demande de Camille')
		);
		const request = await mainText(supporter.page);
		expect(request).toContain('Parler avec quelqu’un qui vit la même chose.');
		expect(request).toContain('Depuis quelques années, surtout le soir.');
		expect(request).not.toContain('Trouble bipolaire');
		await expectAccessible(supporter.page);
		await submit(supporter.page, 'Accepter la demande de Camille');
		await supporter.page.waitForURL(/\/accompagnements\/[0-9a-f-]{36}$/);
		await eventually(
			() => mainText(supporter.page),
			(text) => expect(text).toContain('Contact ouvert le')
		);
		await expectAccessible(supporter.page);

		// Both see the opened accompaniment; the member ends it, without having to say why.
		await member.page.goto('/trouver-un-pair');
		await member.page.getByRole('link', { name: 'Avec Sacha (pair-aidant·e)' }).first().click();
		await member.page.waitForURL(/\/accompagnements\/[0-9a-f-]{36}$/);
		await eventually(
			() => mainText(member.page),
			(text) => expect(text).toContain('Entre Camille et Sacha')
		);
		expect(await mainText(member.page)).toContain('Contact ouvert le');
		await expectAccessible(member.page);
		await submit(member.page, 'Terminer l’accompagnement');
		await eventually(
			() => mainText(member.page),
			(text) => expect(text).toContain('Accompagnement terminé')
		);
		await expectAccessible(member.page);

		await supporter.page.goto('/espace-pair-aidant');
		expect(await mainText(supporter.page)).toContain('Aucun accompagnement en cours.');
		await member.context.close();
		await supporter.context.close();
	});
});
