import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiToken, callApi, conversationWithSacha, signUpForApi } from './support/api';
import {
	baseUrl,
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	newPseudonym,
	PASSWORD,
	settle,
	signIn,
	submit,
	useBrowser
} from './support/browser';

const browser = useBrowser();
const mainText = (page: Page) => page.textContent('main');

type Mine = { contributions: Array<{ id: string; audience: string; title: string }> };

describe.each(JS_MODES)('experiential knowledge (%s)', (_mode, javaScriptEnabled) => {
	it('a member writes behind a warning with an easy-read summary, edits it, and a reader who hid the topic is spared', async () => {
		const title = `Le carnet des signaux (${newPseudonym('savoir')})`;
		const author = await newPage(browser(), javaScriptEnabled);
		await signIn(author.page, 'Camille');
		await author.page.goto('/savoirs/nouveau');
		await expectAccessible(author.page);
		await author.page.getByLabel('Titre', { exact: true }).fill(title);
		await author.page
			.getByLabel('Texte', { exact: true })
			.fill('Je note mon sommeil chaque soir dans un carnet.');
		await author.page.getByLabel('Une technique').check();
		await author.page.getByLabel(/^Résumé facile à lire/).fill('J’écris comment je dors. Ça m’aide.');
		await author.page.getByLabel('suicide', { exact: true }).check();
		await author.page.getByLabel('Toutes les personnes connectées').check();
		await submit(author.page, 'Publier');
		await author.page.waitForURL(/\/savoirs\/[0-9a-f-]{36}$/);
		const address = new URL(author.page.url()).pathname;
		const warning = author.page.locator('details.warning');
		expect(await warning.getAttribute('open')).toBeNull();
		expect(await warning.locator('summary').textContent()).toContain('Avertissement\u202f: suicide.');
		expect(await mainText(author.page)).toContain('Pas encore confirmé par des pairs');
		await expectAccessible(author.page);

		await author.page.getByRole('link', { name: 'Modifier' }).click();
		await author.page.waitForURL(`**${address}/modifier`);
		await expectAccessible(author.page);
		await author.page
			.getByLabel('Texte', { exact: true })
			.fill('Je note mon sommeil chaque soir dans une appli.');
		await author.page.getByLabel(/^Ce qui a changé/).fill('appli plutôt que carnet');
		await submit(author.page, /^Enregistrer$/);
		await eventually(
			() => mainText(author.page),
			(text) => expect(text).toContain('Enregistré. Version 2.')
		);
		await author.page.goto(`${address}/historique`);
		expect(await author.page.locator('ins').first().textContent()).toContain('appli');
		expect(await author.page.locator('del').first().textContent()).toContain('carnet');
		await expectAccessible(author.page);

		const reader = await signUpForApi('Lecteur');
		await callApi(reader.token, 'PUT', '/api/v1/knowledge/preferences', { hiddenTopics: ['suicide'] });
		const readerPage = await newPage(browser(), javaScriptEnabled);
		await signIn(readerPage.page, reader.pseudonym, PASSWORD);
		await readerPage.page.goto(address);
		const spared = await mainText(readerPage.page);
		expect(spared).toContain('Ce savoir parle de sujets que vous avez choisi de ne pas voir (suicide).');
		expect(spared).not.toContain('sommeil');
		await expectAccessible(readerPage.page);
		await readerPage.page.getByRole('link', { name: 'Le montrer cette fois' }).click();
		await eventually(
			() => mainText(readerPage.page),
			(text) => expect(text).toContain('J’écris comment je dors.')
		);
		await readerPage.page.goto('/compte/savoirs');
		expect(await readerPage.page.getByLabel('suicide', { exact: true }).isChecked()).toBe(true);
		await expectAccessible(readerPage.page);
	});

	it('a participant asks to make knowledge of a message: its author is told in the notification centre, without the words, answers, and the asker is told back', async () => {
		const member = await signUpForApi('Citee');
		const conversationId = await conversationWithSacha(member.token);
		const words = `Je marche chaque matin avant le travail (${member.pseudonym}).`;
		await callApi(member.token, 'POST', `/api/v1/conversations/${conversationId}/messages`, {
			messageId: randomUUID(),
			body: words
		});

		const sacha = await newPage(browser(), javaScriptEnabled);
		await signIn(sacha.page, 'Sacha');
		await sacha.page.goto(`/conversations/${conversationId}`);
		const message = sacha.page.locator('li.message', { hasText: words });
		await message.locator('details.message-menu summary').click();
		await submit(sacha.page, /^Demander à en faire un savoir/);
		await eventually(
			() => mainText(sacha.page),
			(text) => expect(text).toContain('Demande envoyée.')
		);

		const author = await newPage(browser(), javaScriptEnabled);
		await signIn(author.page, member.pseudonym, PASSWORD);
		await author.page.goto('/notifications');
		const asked = author.page.locator('[data-notification="knowledge.quote_requested"]');
		expect(await asked.textContent()).toContain(
			'Sacha demande à faire un savoir d’un de vos messages\u202f: répondez-lui dans Mes savoirs.'
		);
		expect(await asked.textContent()).toContain('Non lue');
		expect(await mainText(author.page)).not.toContain('Je marche');
		await expectAccessible(author.page);
		const open = asked.getByRole('link', { name: 'Voir' });
		expect(await open.getAttribute('href')).toBe('/compte/savoirs#quotes');
		await settle(author.page, () => open.click());
		await author.page.waitForURL('**/compte/savoirs#quotes');
		expect(await author.page.locator('#quotes').textContent()).toContain(words);
		await submit(author.page, 'Accepter');
		await eventually(
			() => author.page.locator('#quotes').textContent(),
			(text) => expect(text).toContain('Votre réponse est enregistrée.')
		);
		await expectAccessible(author.page);

		await sacha.page.goto('/notifications');
		const answered = sacha.page.locator('[data-notification="knowledge.quote_answered"]', {
			hasText: member.pseudonym
		});
		expect(await answered.textContent()).toContain(
			`Votre demande pour faire un savoir d’un message de ${member.pseudonym}\u202f: acceptée.`
		);
		expect(await answered.getByRole('link', { name: 'Voir' }).getAttribute('href')).toMatch(
			new RegExp(`^/conversations/${conversationId}#message-\\d+$`)
		);
		expect(await mainText(sacha.page)).not.toContain('Je marche');
		await expectAccessible(sacha.page);
	});
});

// Visitors get no JavaScript at all (public pages ship none): one run covers both modes.
describe('experiential knowledge for visitors', () => {
	it('a visitor reads a public contribution and gets 404 on one for an organisation', async () => {
		const [publicOne] = (
			(await callApi(await apiToken('Sacha'), 'GET', '/api/v1/knowledge/contributions')) as Mine
		).contributions.filter((contribution) => contribution.audience === 'public');
		const [organisationOne] = (
			(await callApi(await apiToken('Camille'), 'GET', '/api/v1/knowledge/contributions')) as Mine
		).contributions.filter((contribution) => contribution.audience === 'organisation');
		const visitor = await newPage(browser(), false);
		await visitor.page.goto(`/savoirs/${publicOne!.id}`);
		expect(await visitor.page.locator('h1').textContent()).toBe(publicOne!.title);
		expect(await visitor.page.locator('script[src], script[type="module"]').count()).toBe(0);
		const hidden = await visitor.page.goto(`/savoirs/${organisationOne!.id}`);
		expect(hidden?.status()).toBe(404);
		const api = await fetch(`${baseUrl()}/api/v1/knowledge/contributions/${organisationOne!.id}`);
		expect(api.status).toBe(404);
		expect((await fetch(`${baseUrl()}/api/v1/knowledge/contributions/${publicOne!.id}`)).status).toBe(200);
	});
});
