import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiToken, callApi, joinDemoGem, sessionOf, signUpForApi } from './support/api';
import {
	baseUrl,
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	PASSWORD,
	settle,
	signIn,
	submit,
	useBrowser
} from './support/browser';

const browser = useBrowser();
const mainText = (page: Page) => page.textContent('main');
const GEM = '/organisations/gem-les-traboules';
const VOICES = 'troubles-psychiques/entente-de-voix';

/** A new peer supporter of the demo GEM with an offer for voice hearing, by chat. */
async function newSupporter(prefix: string) {
	const supporter = await signUpForApi(prefix);
	await joinDemoGem(
		supporter.token,
		[{ experienceId: VOICES, visibility: 'my_supporters' }],
		'peer_supporter'
	);
	await callApi(supporter.token, 'PUT', '/api/v1/me/offer', {
		experienceIds: [VOICES],
		formats: ['chat'],
		languages: ['fr'],
		capacity: 3
	});
	return supporter;
}

describe.each(JS_MODES)('peer supporter pathway (%s)', (_mode, javaScriptEnabled) => {
	it('a person follows the discovery path and signs a mission sheet with the coordinator', async () => {
		const newcomer = await signUpForApi('Parcours');
		await joinDemoGem(newcomer.token, []);
		const person = await newPage(browser(), javaScriptEnabled);
		await signIn(person.page, newcomer.pseudonym, PASSWORD);
		await person.page.goto(`${GEM}/parcours-pair`);
		await expectAccessible(person.page);
		await settle(person.page, () =>
			person.page.getByRole('link', { name: 'Devenir pair-aidant au GEM' }).click()
		);
		const pathAddress = new URL(person.page.url()).pathname;
		await submit(person.page, /^S’inscrire au parcours/);
		await eventually(
			() => mainText(person.page),
			(text) => expect(text).toContain('0 étape faite sur 4')
		);
		await expectAccessible(person.page);

		const louise = await newPage(browser(), javaScriptEnabled);
		await signIn(louise.page, 'Louise');
		await louise.page.goto(pathAddress);
		await submit(
			louise.page,
			`Valider «\u202fFormation découverte (deux demi-journées)\u202f» pour ${newcomer.pseudonym}`
		);
		await louise.page.goto(`${GEM}/fiches-mission`);
		await expectAccessible(louise.page);
		await louise.page.getByLabel('Pour qui').selectOption({ label: newcomer.pseudonym });
		await louise.page.locator('[name=activities]').fill('Accueil des nouveaux membres le jeudi.');
		await louise.page.locator('[name=limits]').fill('Pas de conseil sur les traitements.');
		await louise.page.locator('[name=referent]').fill('Louise');
		await louise.page.locator('[name=hours]').fill('3 heures par semaine');
		await louise.page.locator('[name=place]').fill('GEM Les Traboules');
		await louise.page.locator('[name=startsOn]').fill('2026-12-01');
		await submit(louise.page, 'Rédiger la fiche');
		await settle(louise.page, () => louise.page.getByRole('link', { name: 'Ouvrir la fiche' }).click());
		const sheetAddress = new URL(louise.page.url()).pathname;
		await expectAccessible(louise.page);
		await submit(louise.page, 'Signer pour l’organisation');
		await eventually(
			() => mainText(louise.page),
			(text) => expect(text).toContain('Votre signature est enregistrée.')
		);

		await person.page.goto(sheetAddress);
		await submit(person.page, 'Signer ma fiche de mission');
		await eventually(
			() => mainText(person.page),
			(text) => expect(text).toContain('en vigueur (signée des deux côtés)')
		);
		const pdf = await fetch(new URL(`${sheetAddress}/fiche.pdf`, baseUrl()), {
			headers: { cookie: `ep_session=${await sessionOf(person.page)}` }
		});
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
		await person.page.goto('/mon-parcours');
		expect(await mainText(person.page)).toContain('2 étapes faites sur 4');
		await expectAccessible(person.page);
	});

	it('a supporter steps down and hands an accompaniment over with the person’s consent', async () => {
		const [leaving, next, accompanied] = await Promise.all([
			newSupporter('Depart'),
			newSupporter('Relais'),
			signUpForApi('Accompagne')
		]);
		await joinDemoGem(accompanied.token, [{ experienceId: VOICES, visibility: 'my_supporters' }]);
		const help = (await callApi(accompanied.token, 'POST', '/api/v1/help-requests', {
			experienceIds: [VOICES],
			formats: ['chat']
		})) as { id: string };
		const contact = (await callApi(
			accompanied.token,
			'POST',
			`/api/v1/help-requests/${help.id}/contact-requests`,
			{
				supporterId: leaving.accountId
			}
		)) as { id: string };
		await callApi(
			await apiToken(leaving.pseudonym, PASSWORD),
			'PATCH',
			`/api/v1/contact-requests/${contact.id}`,
			{
				decision: 'accept'
			}
		);

		const supporter = await newPage(browser(), javaScriptEnabled);
		await signIn(supporter.page, leaving.pseudonym, PASSWORD);
		await supporter.page.goto('/mon-parcours/arreter');
		await expectAccessible(supporter.page);
		await supporter.page.getByLabel('Pour de bon').check();
		await supporter.page.getByLabel(`Le confier à ${next.pseudonym}, si la personne accepte`).check();
		await supporter.page
			.getByLabel('Votre message aux personnes que vous accompagnez')
			.fill('Merci pour ces mois partagés. Je passe la main, prenez soin de vous.');
		await submit(supporter.page, 'Confirmer');
		await supporter.page.waitForURL('**/mon-parcours');
		expect(await mainText(supporter.page)).toContain('Arrêté depuis le');
		await expectAccessible(supporter.page);

		const person = await newPage(browser(), javaScriptEnabled);
		await signIn(person.page, accompanied.pseudonym, PASSWORD);
		await person.page.goto('/mon-parcours');
		await settle(person.page, () =>
			person.page
				.getByRole('link', { name: `${leaving.pseudonym} propose que ${next.pseudonym} prenne le relais` })
				.click()
		);
		expect(await mainText(person.page)).toContain('Je passe la main');
		await expectAccessible(person.page);
		await submit(person.page, `Oui, continuer avec ${next.pseudonym}`);
		await eventually(
			() => mainText(person.page),
			(text) => expect(text).toContain('C’est noté\u202f: votre nouvel accompagnement est ouvert.')
		);
		const support = (await callApi(accompanied.token, 'GET', '/api/v1/me/pathway')) as {
			handovers: Array<{ status: string }>;
		};
		expect(support.handovers.map((handover) => handover.status)).toEqual(['accepted']);
	});
});
