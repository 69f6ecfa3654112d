import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { accompanimentWithSacha, apiToken, callApi, sessionOf } from './support/api';
import {
	expectAccessible,
	JS_MODES,
	newPage,
	newPseudonym,
	PASSWORD,
	signIn,
	signUp,
	signUpWithCodes,
	submit,
	useBrowser,
	eventually,
	openHeaderMenu
} from './support/browser';

const browser = useBrowser();

describe.each(JS_MODES)('account (%s)', (_mode, javaScriptEnabled) => {
	it('explains what to fix on a bad sign-up, then creates the account and signs in', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		await page.goto('/inscription');
		await expectAccessible(page);
		const pseudonym = newPseudonym();
		await page.getByLabel(/^Pseudonyme/).fill(pseudonym);
		await page.getByLabel(/^Mot de passe/).fill('court');
		await submit(page, 'Créer mon compte');
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Le mot de passe doit faire entre 10 et 200 caractères.')
		);
		expect(await page.textContent('main')).toContain('Votre accord est nécessaire pour créer un compte.');
		// What was typed is kept, except the password.
		expect(await page.getByLabel(/^Pseudonyme/).inputValue()).toBe(pseudonym);
		await expectAccessible(page);
		await signUpWithCodes(page, pseudonym);
		await expectAccessible(page);
		await context.close();
	});

	it('signs in and out, with a neutral message for a wrong password, and follows ?suite=', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		const pseudonym = await signUp(page);
		await openHeaderMenu(page);
		await submit(page, 'Se déconnecter');
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Vous êtes déconnecté·e.')
		);
		await page.goto('/compte');
		await eventually(
			() => page.url(),
			(value) => expect(value).toContain('/connexion?suite=%2Fcompte')
		);
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Connectez-vous pour voir cette page.')
		);
		await page.getByLabel(/^Pseudonyme/).fill(pseudonym);
		await page.getByLabel(/^Mot de passe/).fill('pas le bon mot de passe');
		await submit(page, 'Me connecter');
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Pseudonyme ou mot de passe incorrect.')
		);
		await expectAccessible(page);
		await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
		await submit(page, 'Me connecter');
		await eventually(
			() => page.url(),
			(value) => expect(value).toMatch(/\/compte$/)
		);
		expect(await page.textContent('h1')).toBe('Mon compte');
		await expectAccessible(page);
		await context.close();
	});

	it('downloads everything stored about me, then deletes my account for good', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		const pseudonym = await signUp(page);
		await page.goto('/compte');
		const exported = await page.request.get('/compte/export');
		expect(exported.headers()['content-disposition']).toContain('attachment');
		const text = await exported.text();
		const data = JSON.parse(text);
		expect(data.account.pseudonym).toBe(pseudonym);
		expect(data.account.consentVersion).toBeTruthy();
		expect(text).not.toMatch(/passwordHash|argon2|tokenHash/);

		await page.getByRole('link', { name: 'Supprimer mon compte…' }).click();
		await page.waitForURL('**/compte/supprimer');
		await expectAccessible(page);
		await page.getByLabel('Confirmez avec votre mot de passe').fill('pas le bon');
		await submit(page, 'Supprimer mon compte définitivement');
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Le mot de passe n’est pas le bon.')
		);
		await page.getByLabel('Confirmez avec votre mot de passe').fill(PASSWORD);
		await submit(page, 'Supprimer mon compte définitivement');
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Votre compte a été supprimé.')
		);
		await expectAccessible(page);
		await page.goto('/connexion');
		await page.getByLabel(/^Pseudonyme/).fill(pseudonym);
		await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
		await submit(page, 'Me connecter');
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Pseudonyme ou mot de passe incorrect.')
		);
		await context.close();
	});

	it('reads and downloads a readable copy of my data, with experiences named and both sides of a conversation', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		const pseudonym = await signUp(page);
		const token = await sessionOf(page);
		const { conversationId } = await accompanimentWithSacha(token);
		const say = (who: string, body: string) =>
			callApi(who, 'POST', `/api/v1/conversations/${conversationId}/messages`, {
				messageId: randomUUID(),
				body
			});
		await say(token, 'Bonjour Sacha, je garde une trace de nos échanges.');
		await say(await apiToken('Sacha'), 'Bonjour, bonne idée <b>vraiment</b>.');

		await page.goto('/compte');
		await page.getByRole('link', { name: 'Lire la copie lisible' }).click();
		await page.waitForURL('**/compte/copie-lisible');
		expect(await page.textContent('h1')).toBe('Mes données sur Entrepairs');
		const main = (await page.textContent('main')) ?? '';
		expect(main).toContain(pseudonym);
		expect(main).toContain('Entente de voix');
		expect(main).not.toContain('troubles-psychiques/');
		expect(main).toContain('Conversation avec Sacha');
		expect(main).toMatch(/Moi[^]*je garde une trace de nos échanges[^]*Sacha[^]*bonne idée <b>vraiment<\/b>/);
		expect(main).toContain('GEM Les Traboules');
		await expectAccessible(page);

		const download = await page.request.get('/compte/copie-lisible?telecharger');
		expect(download.headers()['content-type']).toBe('text/html; charset=utf-8');
		expect(download.headers()['content-disposition']).toMatch(
			/^attachment; filename="entrepairs-mes-donnees-.*\.html"$/
		);
		expect(download.headers()['content-security-policy']).toContain("default-src 'none'");
		const html = await download.text();
		expect(html).toContain('@media print');
		expect(html).not.toMatch(/<script|<link|\bsrc=/);
		await context.close();
	});

	it('changes the password and signs out everywhere', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		const pseudonym = await signUp(page);
		await page.goto('/compte');
		await page.getByLabel('Mot de passe actuel').fill(PASSWORD);
		await page.getByLabel(/^Nouveau mot de passe/).fill('un tout nouveau secret');
		await submit(page, 'Changer le mot de passe');
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Mot de passe changé.')
		);
		await submit(page, 'Me déconnecter partout');
		await eventually(
			() => page.url(),
			(value) => expect(value).toContain('/connexion')
		);
		await signIn(page, pseudonym, 'un tout nouveau secret');
		await context.close();
	});
});
