import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiToken, callApi, joinDemoGem, signUpForApi } from './support/api';
import {
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	newPseudonym,
	PASSWORD,
	signIn,
	submit,
	useBrowser
} from './support/browser';

const browser = useBrowser();
const GEM = 'gem-les-traboules';
// No other journey uses this branch: the supporters made here never show up in their matches.
const DEBT = 'precarite/surendettement';
// The text people see: not the hydration script, which carries the page's messages as templates.
const body = (page: Page) =>
	page.evaluate(() => {
		const copy = document.body.cloneNode(true) as HTMLElement;
		for (const script of copy.querySelectorAll('script')) script.remove();
		return copy.textContent ?? '';
	});

/** A new peer supporter of the demo GEM offering support on debt, and a new member asking about it. */
async function supporterAndRequester() {
	const supporter = await signUpForApi('Pair');
	await joinDemoGem(supporter.token, [], 'peer_supporter');
	await callApi(supporter.token, 'PUT', '/api/v1/me/offer', {
		experienceIds: [DEBT],
		formats: ['chat'],
		languages: ['fr'],
		capacity: 3
	});
	const requester = await signUpForApi('Membre');
	await joinDemoGem(requester.token, [{ experienceId: DEBT, visibility: 'my_supporters' }]);
	return { supporter, requester };
}

async function matchedPseudonyms(token: string): Promise<string[]> {
	const help = (await callApi(token, 'POST', '/api/v1/help-requests', {
		experienceIds: [DEBT],
		formats: ['chat']
	})) as { id: string };
	const { matches } = (await callApi(token, 'GET', `/api/v1/help-requests/${help.id}/matches`)) as {
		matches: Array<{ pseudonym: string }>;
	};
	return matches.map((match) => match.pseudonym);
}

/** An open accompaniment between them, through the API (the matching journeys walk through it). */
async function accompaniment(
	supporter: { token: string; pseudonym: string },
	requester: { token: string }
): Promise<string> {
	const help = (await callApi(requester.token, 'POST', '/api/v1/help-requests', {
		experienceIds: [DEBT],
		formats: ['chat']
	})) as { id: string };
	const { matches } = (await callApi(requester.token, 'GET', `/api/v1/help-requests/${help.id}/matches`)) as {
		matches: Array<{ supporterId: string; pseudonym: string }>;
	};
	const match = matches.find((candidate) => candidate.pseudonym === supporter.pseudonym);
	expect(match, 'the new supporter is proposed').toBeDefined();
	const contact = (await callApi(
		requester.token,
		'POST',
		`/api/v1/help-requests/${help.id}/contact-requests`,
		{
			supporterId: match!.supporterId
		}
	)) as { id: string };
	const accepted = (await callApi(supporter.token, 'PATCH', `/api/v1/contact-requests/${contact.id}`, {
		decision: 'accept'
	})) as { accompanimentId: string };
	return accepted.accompanimentId;
}

describe.each(JS_MODES)('care and safety (%s)', (_mode, javaScript) => {
	it('a coordinator adds an emergency contact and a member sees it on the emergency page', async () => {
		const label = `Permanence ${newPseudonym('Tel')}`;
		const { context, page } = await newPage(browser(), javaScript);
		await signIn(page, 'Louise');
		await page.goto(`/organisations/${GEM}`);
		await Promise.all([
			page.waitForURL(/\/contacts$/),
			page.getByRole('link', { name: 'Contacts d’urgence' }).click()
		]);
		await expectAccessible(page);

		await page.getByLabel(/^Nom du contact/).fill(label);
		await page.getByLabel(/^Téléphone/).fill('appelez-nous');
		await page.getByLabel(/^Permanences/).fill('lundi 14h-18h');
		await submit(page, 'Ajouter le contact');
		await eventually(
			() => body(page),
			(text) => {
				expect(text).toContain('Écrivez un numéro de téléphone avec des chiffres');
				expect(text).toContain('Écrivez chaque permanence sur sa ligne');
			}
		);
		await expectAccessible(page);
		await page.getByLabel(/^Téléphone/).fill('04 72 10 20 30');
		await page.getByLabel(/^Permanences/).fill('mon-14:00-18:00\nthu-09:00-12:00');
		await submit(page, 'Ajouter le contact');
		await eventually(
			() => body(page),
			(text) => expect(text).toContain('Contact ajouté.')
		);
		expect(await page.getByRole('heading', { name: label }).count()).toBe(1);

		const member = await newPage(browser(), javaScript);
		const { token, pseudonym } = await signUpForApi('Membre');
		await joinDemoGem(token, []);
		await signIn(member.page, pseudonym, PASSWORD);
		await member.page.goto('/urgence');
		const text = (await body(member.page)) ?? '';
		expect(text).toContain('Les contacts de vos organisations');
		expect(text.indexOf('3114')).toBeLessThan(text.indexOf(label));
		expect(text).toMatch(/Prochaine permanence\u202f: (lundi|jeudi)|En ce moment/);
		expect(
			await member.page.getByRole('link', { name: `Appeler ${label} au 04 72 10 20 30` }).getAttribute('href')
		).toBe('tel:0472102030');
		await expectAccessible(member.page);

		await submit(page, `Supprimer « ${label} »`);
		await eventually(
			() => body(page),
			(value) => expect(value).toContain('Contact supprimé.')
		);
		await member.page.goto('/urgence');
		expect(await body(member.page)).not.toContain(label);
		await member.context.close();
		await context.close();
	});

	it('a supporter takes a cool-down: no longer matched, and the person they accompany sees them away', async () => {
		const { supporter, requester } = await supporterAndRequester();
		const accompanimentId = await accompaniment(supporter, requester);
		const seeker = await signUpForApi('Cherche');
		await joinDemoGem(seeker.token, [{ experienceId: DEBT, visibility: 'my_supporters' }]);
		expect(await matchedPseudonyms(seeker.token)).toContain(supporter.pseudonym);

		const { context, page } = await newPage(browser(), javaScript);
		await signIn(page, supporter.pseudonym, PASSWORD);
		await page.goto('/espace-pair-aidant');
		await page.getByRole('radio', { name: '3 jours' }).check();
		await submit(page, 'Prendre du recul');
		await eventually(
			() => body(page),
			(text) => expect(text).toContain('Vous prenez du recul jusqu’au')
		);
		await expectAccessible(page);
		expect(await matchedPseudonyms(seeker.token)).not.toContain(supporter.pseudonym);

		const person = await newPage(browser(), javaScript);
		await signIn(person.page, requester.pseudonym, PASSWORD);
		await person.page.goto(`/accompagnements/${accompanimentId}`);
		await eventually(
			() => body(person.page),
			(text) => {
				expect(text).toContain(`${supporter.pseudonym} n’est pas disponible en ce moment`);
				expect(text).toContain('3114');
			}
		);
		await expectAccessible(person.page);
		// And in their conversation, where they would write to the supporter.
		const conversations = (await callApi(requester.token, 'GET', '/api/v1/conversations')) as Array<{
			id: string;
			accompanimentId: string | null;
		}>;
		const conversationId = conversations.find((entry) => entry.accompanimentId === accompanimentId)!.id;
		await person.page.goto(`/conversations/${conversationId}`);
		await eventually(
			() => body(person.page),
			(text) => expect(text).toContain(`${supporter.pseudonym} n’est pas disponible en ce moment`)
		);
		await expectAccessible(person.page);

		await submit(page, 'Revenir maintenant');
		await eventually(
			() => body(page),
			(text) => expect(text).toContain('Bon retour')
		);
		expect(await matchedPseudonyms(seeker.token)).toContain(supporter.pseudonym);
		await person.page.goto(`/accompagnements/${accompanimentId}`);
		expect(await body(person.page)).not.toContain('n’est pas disponible en ce moment');
		// Out of every other journey's way.
		await callApi(supporter.token, 'PATCH', '/api/v1/me/offer', { paused: true });
		await person.context.close();
		await context.close();
	});

	it('a supporter flags a difficult conversation and the coordinator offers a debrief', async () => {
		const { supporter, requester } = await supporterAndRequester();
		const accompanimentId = await accompaniment(supporter, requester);
		await callApi(supporter.token, 'PATCH', '/api/v1/me/offer', { paused: true });

		const { context, page } = await newPage(browser(), javaScript);
		await signIn(page, supporter.pseudonym, PASSWORD);
		await page.goto(`/accompagnements/${accompanimentId}`);
		expect(await page.getByRole('button', { name: 'Terminer l’accompagnement' }).count()).toBe(1);
		await page.getByLabel(/^Note pour votre coordination/).fill('Séance très lourde, besoin d’en parler.');
		await submit(page, 'Signaler une conversation difficile');
		await eventually(
			() => body(page),
			(text) => {
				expect(text).toContain('Votre coordination a été alertée.');
				expect(text).toContain('En attente de réponse.');
			}
		);
		await expectAccessible(page);

		const coordinator = await newPage(browser(), javaScript);
		await signIn(coordinator.page, 'Louise');
		await coordinator.page.goto(`/organisations/${GEM}`);
		await Promise.all([
			coordinator.page.waitForURL(/\/alertes$/),
			coordinator.page.getByRole('link', { name: /Conversations difficiles \(\d+ en attente\)/ }).click()
		]);
		await eventually(
			() => body(coordinator.page),
			(text) => expect(text).toContain('Séance très lourde, besoin d’en parler.')
		);
		await expectAccessible(coordinator.page);
		await submit(coordinator.page, `Débriefing proposé à ${supporter.pseudonym}`);
		await eventually(
			() => body(coordinator.page),
			(text) => expect(text).toContain('Alerte prise en charge.')
		);
		expect(
			await coordinator.page
				.getByRole('button', { name: `Débriefing proposé à ${supporter.pseudonym}` })
				.count()
		).toBe(0);

		await page.goto(`/accompagnements/${accompanimentId}`);
		await eventually(
			() => body(page),
			(text) => expect(text).toContain('Débriefing proposé le')
		);
		const alerts = (await callApi(
			await apiToken('Louise'),
			'GET',
			`/api/v1/organisations/${GEM}/alerts?status=acknowledged`
		)) as { alerts: Array<{ supporterPseudonym: string }> };
		expect(alerts.alerts.map((alert) => alert.supporterPseudonym)).toContain(supporter.pseudonym);
		await coordinator.context.close();
		await context.close();
	});
});
