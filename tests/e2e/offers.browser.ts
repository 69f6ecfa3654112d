import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	newPseudonym,
	settle,
	signIn,
	submit,
	useBrowser
} from './support/browser';

const browser = useBrowser();
const mainText = (page: Page) => page.textContent('main');
const nextWeek = () => {
	const date = new Date(Date.now() + 7 * 86_400_000);
	return `${date.toISOString().slice(0, 10)}T14:00`;
};

describe.each(JS_MODES)('peer-work platform and directory (%s)', (_mode, javaScriptEnabled) => {
	it('a visitor finds a GEM by postcode, a hospital publishes a mission that a supporter answers, and a member books a funded coaching session', async () => {
		// A visitor, with the GET form (it works without JavaScript), finds the Lyon GEM near 69003.
		const visitor = await newPage(browser(), javaScriptEnabled);
		await visitor.page.goto('/annuaire');
		await expectAccessible(visitor.page);
		await visitor.page.getByLabel('Où ?').fill('69003');
		await visitor.page.getByLabel('Type de structure').selectOption('gem');
		await submit(visitor.page, 'Chercher');
		expect(await mainText(visitor.page)).toContain('Autour de 69003 Lyon');
		await visitor.page.getByRole('link', { name: 'GEM Les Traboules' }).click();
		await visitor.page.waitForURL('**/organisations/gem-les-traboules');
		expect(await mainText(visitor.page)).toContain('Horaires d’ouverture');
		expect(await visitor.page.locator('script[type="application/ld+json"]').count()).toBe(1);
		await expectAccessible(visitor.page);

		// The hospital's coordinator publishes a peer-worker mission.
		const title = `Travailleur·se pair (${newPseudonym('mission')})`;
		const hospital = await newPage(browser(), javaScriptEnabled);
		await signIn(hospital.page, 'Alix');
		await hospital.page.goto('/offres-de-mission/nouvelle');
		await expectAccessible(hospital.page);
		await hospital.page
			.getByLabel('Structure', { exact: true })
			.selectOption({ label: 'Centre hospitalier de l’Ille' });
		await hospital.page.getByLabel('Intitulé').fill(title);
		await hospital.page
			.getByLabel(/^Description/)
			.fill('Accompagner les personnes hospitalisées en unité ouverte.');
		await hospital.page.getByLabel('Statut').selectOption('volunteer');
		await submit(hospital.page, 'Publier l’offre');
		await hospital.page.waitForURL(/\/offres-de-mission\/[0-9a-f-]{36}$/);
		const offerAddress = new URL(hospital.page.url()).pathname;
		await expectAccessible(hospital.page);

		// A peer supporter finds it among the open offers and answers from their profile.
		const supporter = await newPage(browser(), javaScriptEnabled);
		await signIn(supporter.page, 'Sacha');
		await supporter.page.goto('/offres-de-mission');
		await expectAccessible(supporter.page);
		await supporter.page.getByRole('link', { name: title }).click();
		await supporter.page.waitForURL(`**${offerAddress}`);
		await supporter.page
			.getByLabel(/^Votre message/)
			.fill('Pair-aidant au GEM depuis trois ans, je serais heureux d’en parler.');
		await submit(supporter.page, 'Envoyer ma réponse');
		await eventually(
			() => mainText(supporter.page),
			(text) => expect(text).toContain('Statut\u202f: reçue')
		);
		await expectAccessible(supporter.page);

		// The coordinator reads the answer and moves it to "in discussion"; the supporter sees it.
		await hospital.page.goto(offerAddress);
		expect(await mainText(hospital.page)).toContain('Pair-aidant au GEM depuis trois ans');
		const answer = hospital.page.locator('article', { hasText: 'Sacha' });
		await answer.getByLabel('Statut').selectOption('in_discussion');
		await submit(hospital.page, 'Enregistrer');
		await eventually(
			() => mainText(hospital.page),
			(text) => expect(text).toContain('Statut enregistré')
		);

		// Camille uses one of the GEM's vouchers to ask for a session of Sacha's coaching.
		const member = await newPage(browser(), javaScriptEnabled);
		await signIn(member.page, 'Camille');
		await member.page.goto('/travail-pair');
		await expectAccessible(member.page);
		await member.page
			.getByRole('link', { name: /^Coaching entre pairs/ })
			.first()
			.click();
		await member.page.waitForURL(/\/services\/[0-9a-f-]{36}$/);
		await expectAccessible(member.page);
		await member.page.getByLabel('Date et heure proposées').fill(nextWeek());
		expect(
			await member.page.getByRole('radio', { name: /Utiliser un bon de GEM Les Traboules/ }).isChecked()
		).toBe(true);
		await submit(member.page, 'Envoyer la demande');
		await eventually(
			() => mainText(member.page),
			(text) => expect(text).toContain('Demande envoyée, financée par votre bon.')
		);

		// Sacha sees who funds it, nothing of Camille's means, and accepts; the answer's status shows too.
		await supporter.page.goto('/travail-pair');
		const booking = supporter.page.locator('article', { hasText: 'Camille' }).first();
		expect(await booking.textContent()).toContain('financé par GEM Les Traboules');
		expect(await mainText(supporter.page)).toContain('en discussion');
		await expectAccessible(supporter.page);
		await settle(supporter.page, () => booking.getByRole('button', { name: 'Accepter' }).click());
		await eventually(
			() => mainText(supporter.page),
			(text) => expect(text).toContain('Séance acceptée.')
		);
		await supporter.page.goto('/services/nouveau');
		await expectAccessible(supporter.page);
		await hospital.page.goto('/organisations/ch-de-l-ille/annuaire');
		await expectAccessible(hospital.page);

		// Sacha publishes a listening service, then edits it.
		const serviceTitle = `Écoute du soir (${newPseudonym('service')})`;
		await supporter.page.getByLabel('Titre', { exact: true }).fill(serviceTitle);
		await supporter.page.getByLabel('En ligne').check();
		await submit(supporter.page, 'Publier le service');
		await supporter.page.waitForURL(/\/services\/[0-9a-f-]{36}$/);
		const serviceAddress = new URL(supporter.page.url()).pathname;
		await supporter.page.getByRole('link', { name: 'Modifier ou retirer ce service' }).click();
		await supporter.page.waitForURL(`**${serviceAddress}/modifier`);
		await expectAccessible(supporter.page);
		expect(await supporter.page.getByLabel('En ligne').isChecked()).toBe(true);
		await supporter.page.getByLabel('Titre', { exact: true }).fill(`${serviceTitle} – modifié`);
		await submit(supporter.page, 'Enregistrer les modifications');
		await eventually(
			() => mainText(supporter.page),
			(text) => expect(text).toContain('Modifications enregistrées.')
		);

		// Camille reports it; the report goes to moderation like any other.
		await member.page.goto(serviceAddress);
		expect(await mainText(member.page)).toContain(`${serviceTitle} – modifié`);
		await member.page.getByRole('link', { name: 'Signaler ce service' }).click();
		await member.page.waitForURL('**/signaler?**');
		expect(await mainText(member.page)).toContain('Vous signalez un service.');
		await member.page.getByLabel('Autre raison').check();
		await submit(member.page, 'Envoyer le signalement');
		await eventually(
			() => mainText(member.page),
			(text) => expect(text).toContain('Votre signalement a été transmis')
		);

		// Sacha withdraws it: its page says so, and others no longer find it.
		await supporter.page.goto(`${serviceAddress}/modifier`);
		await submit(supporter.page, 'Retirer le service');
		await supporter.page.waitForURL(`**${serviceAddress}`);
		expect(await mainText(supporter.page)).toContain('Ce service a été retiré.');
		await expectAccessible(supporter.page);
		const gone = await member.page.goto(serviceAddress);
		expect(gone?.status()).toBe(404);

		// The hospital's coordinator opens the mission's edit page and withdraws it; it leaves the list.
		await hospital.page.goto(`${offerAddress}/modifier`);
		await expectAccessible(hospital.page);
		await submit(hospital.page, 'Retirer la mission');
		await hospital.page.waitForURL(`**${offerAddress}`);
		expect(await mainText(hospital.page)).toContain('Cette mission a été retirée par la structure.');
		await visitor.page.goto('/offres-de-mission');
		expect(await mainText(visitor.page)).not.toContain(title);
	});
});
