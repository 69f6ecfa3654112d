import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiToken, callApi, joinDemoGem, signUpForApi } from './support/api';
import {
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	PASSWORD,
	signIn,
	submit,
	useBrowser
} from './support/browser';

// Sessions journey. Its set-up needs the groups of the demo (the groups helper's seed: 'Groupe de parole du
// mardi' in GEM Les Traboules, facilitated by Sacha) and the group page's join form (/groupes/<id>): it
// passes once both are merged.
const browser = useBrowser();
const GROUP = 'Groupe de parole du mardi';

/** A Tuesday at least three weeks ahead (plus `weeks`), as the date field wants it. */
function tuesdayAhead(weeks: number): string {
	const date = new Date(Date.now() + (21 + weeks * 7) * 86_400_000);
	date.setUTCDate(date.getUTCDate() + ((2 - date.getUTCDay() + 7) % 7));
	return date.toISOString().slice(0, 10);
}

/** The talk group's id, found from the organisation's list of groups as Sacha sees it. */
async function talkGroupId(page: Page): Promise<string> {
	await page.goto('/organisations/gem-les-traboules/groupes');
	await Promise.all([
		page.waitForURL(/\/groupes\/[0-9a-f-]{36}$/),
		page.getByRole('link', { name: GROUP }).first().click()
	]);
	return new URL(page.url()).pathname.split('/').at(-1)!;
}

/**
 * A new member of the GEM who asks to join the talk group through its page (accepting its charter); the
 * group is on request, so its facilitator (Sacha) approves them.
 */
async function newGroupMember(groupId: string, javaScriptEnabled: boolean) {
	const { pseudonym, token } = await signUpForApi('Seance');
	await joinDemoGem(token, []);
	const member = await newPage(browser(), javaScriptEnabled);
	await signIn(member.page, pseudonym, PASSWORD);
	await member.page.goto(`/groupes/${groupId}`);
	await member.page.getByRole('checkbox', { name: /charte/i }).check();
	await submit(member.page, /rejoindre/i);
	const { id: accountId } = (await callApi(token, 'GET', '/api/v1/me')) as { id: string };
	await callApi(await apiToken('Sacha'), 'POST', `/api/v1/groups/${groupId}/members`, {
		action: 'decide',
		accountId,
		decision: 'approve'
	});
	return { ...member, pseudonym, token };
}

describe.each(JS_MODES)('sessions (%s)', (_mode, javaScriptEnabled) => {
	it('a facilitator schedules a weekly session; two places fill, the third waits and is promoted when someone cancels', async () => {
		const facilitator = await newPage(browser(), javaScriptEnabled);
		await signIn(facilitator.page, 'Sacha');
		const groupId = await talkGroupId(facilitator.page);
		await facilitator.page.goto(`/groupes/${groupId}/seances/nouvelle`);
		await expectAccessible(facilitator.page);
		const link = `https://visio.example.org/mardi-${javaScriptEnabled ? 'js' : 'html'}-${Date.now()}`;
		// A mistake first: an online session without its link is refused with a clear message.
		await facilitator.page
			.getByLabel('Date de la première séance')
			.fill(tuesdayAhead(javaScriptEnabled ? 0 : 1));
		await facilitator.page.getByLabel('Heure de début').fill('18:00');
		await facilitator.page.getByRole('radio', { name: 'Chaque semaine' }).check();
		await facilitator.page.getByLabel('Nombre de séances').fill('4');
		await facilitator.page.getByRole('radio', { name: 'En ligne (visio)' }).check();
		await facilitator.page.getByLabel('Nombre de places').fill('2');
		await submit(facilitator.page, 'Programmer');
		await eventually(
			() => facilitator.page.textContent('#error-summary'),
			(text) => expect(text).toContain('Indiquez le lien de la visio')
		);
		await expectAccessible(facilitator.page);
		await facilitator.page.getByLabel(/Lien de la visio/).fill(link);
		await submit(facilitator.page, 'Programmer');
		await eventually(
			() => facilitator.page.textContent('#schedule-outcome'),
			(text) => expect(text).toContain('4 séances programmées.')
		);
		await Promise.all([
			facilitator.page.waitForURL(/\/seances\/[0-9a-f-]{36}$/),
			facilitator.page.getByRole('link', { name: 'Voir la première séance' }).click()
		]);
		const occurrencePath = new URL(facilitator.page.url()).pathname;
		const occurrenceId = occurrencePath.split('/').at(-1)!;
		expect(await facilitator.page.textContent('main')).toContain('Pour l’animation');
		expect(await facilitator.page.textContent('main')).toContain(link);
		await expectAccessible(facilitator.page);

		const [first, second, third] = [
			await newGroupMember(groupId, javaScriptEnabled),
			await newGroupMember(groupId, javaScriptEnabled),
			await newGroupMember(groupId, javaScriptEnabled)
		];
		// Before registering, the link is nowhere in the page, nor in the API's answer.
		await first.page.goto(occurrencePath);
		expect(await first.page.content()).not.toContain(link);
		expect(
			JSON.stringify(await callApi(first.token, 'GET', `/api/v1/occurrences/${occurrenceId}`))
		).not.toContain(link);
		await expectAccessible(first.page);
		await submit(first.page, 'M’inscrire');
		await eventually(
			() => first.page.textContent('#registration'),
			(text) => expect(text).toContain('vous êtes inscrit·e.')
		);
		expect(await first.page.textContent('main')).toContain(link);
		expect(await first.page.getByRole('link', { name: /Ajouter à mon agenda/ }).getAttribute('href')).toBe(
			`${occurrencePath}/calendrier.ics`
		);
		await expectAccessible(first.page);

		await second.page.goto(occurrencePath);
		await submit(second.page, 'M’inscrire');
		await eventually(
			() => second.page.textContent('#registration'),
			(text) => expect(text).toContain('vous êtes inscrit·e.')
		);
		// Registered people do not see each other: a count, no names.
		expect(await second.page.textContent('main')).not.toContain(first.pseudonym);

		await third.page.goto(occurrencePath);
		await submit(third.page, 'M’inscrire sur la liste d’attente');
		await eventually(
			() => third.page.textContent('#registration'),
			(text) => expect(text).toContain('liste d’attente, en position 1')
		);
		expect(await third.page.content()).not.toContain(link);
		await expectAccessible(third.page);

		await first.page.goto(occurrencePath);
		await submit(first.page, 'Annuler mon inscription');
		await eventually(
			() => first.page.textContent('#registration'),
			(text) => expect(text).toContain('Votre inscription est annulée.')
		);
		expect(await first.page.content()).not.toContain(link);

		await third.page.goto(occurrencePath);
		expect(await third.page.textContent('#registration')).toContain('Vous êtes inscrit·e.');
		expect(await third.page.textContent('main')).toContain(link);
		await third.page.goto('/notifications');
		expect(await third.page.locator('[data-notification="session.promoted"]').count()).toBe(1);

		// The facilitator sees the names, in order of arrival.
		await facilitator.page.goto(occurrencePath);
		const names = await facilitator.page.textContent('#facilitation + h3 + ol');
		expect(names).toContain(second.pseudonym);
		expect(names).toContain(third.pseudonym);
		expect(names).not.toContain(first.pseudonym);

		// The facilitator moves this session by an hour (a duration too short first), and the people
		// registered are told, without the link in the notification.
		await facilitator.page.getByLabel('Durée, en minutes').fill('5');
		await submit(facilitator.page, 'Enregistrer les changements');
		await eventually(
			() => facilitator.page.textContent('#error-summary'),
			(text) => expect(text).toContain('La durée va de 15 à 480 minutes.')
		);
		await expectAccessible(facilitator.page);
		await facilitator.page.getByLabel('Durée, en minutes').fill('60');
		await facilitator.page.getByLabel('Heure de début').fill('19:00');
		await submit(facilitator.page, 'Enregistrer les changements');
		await eventually(
			() => facilitator.page.textContent('#change-outcome'),
			(text) => expect(text).toContain('La séance est changée.')
		);
		// The same through the API: nothing differs, so nobody is told twice.
		expect(
			await callApi(await apiToken('Sacha'), 'PATCH', `/api/v1/occurrences/${occurrenceId}`, {
				date: tuesdayAhead(javaScriptEnabled ? 0 : 1),
				time: '19:00',
				durationMinutes: 60,
				meetingLink: link
			})
		).toEqual({ occurrenceId, changed: false });
		await second.page.goto('/notifications');
		const changed = second.page.locator('[data-notification="session.changed"]');
		expect(await changed.count()).toBe(1);
		expect(await changed.textContent()).not.toContain(link);
		await second.page.goto(occurrencePath);
		expect(await second.page.textContent('main')).toContain('Séance déplacée');
		for (const person of [facilitator, first, second, third]) await person.context.close();
	}, 240_000);
});
