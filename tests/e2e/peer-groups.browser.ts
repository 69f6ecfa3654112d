import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiStatus, apiToken, callApi, joinDemoGem, sessionOf, signUpForApi } from './support/api';
import {
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	newPseudonym,
	PASSWORD,
	signIn,
	signUp,
	submit,
	useBrowser
} from './support/browser';

const browser = useBrowser();
const ACCEPT = 'J’ai lu la charte et je l’accepte';
const GEM = '/organisations/gem-les-traboules';

/** A professional partner of the demo GEM, through the API (Louise approves them and sets the role). */
async function demoProfessional(): Promise<{ pseudonym: string; token: string }> {
	const { token, pseudonym } = await signUpForApi('Pro');
	const joined = (await callApi(token, 'POST', `/api/v1${GEM}/memberships`, { acceptCharter: true })) as {
		membershipId: string;
	};
	const louise = await apiToken('Louise');
	const member = `/api/v1${GEM}/members/${joined.membershipId}`;
	await callApi(louise, 'PATCH', member, { status: 'active' });
	await callApi(louise, 'PATCH', member, { role: 'professional' });
	return { pseudonym, token };
}

describe.each(JS_MODES)('peer groups (%s)', (_mode, javaScriptEnabled) => {
	it('a coordinator creates a peers-only group; a member joins it; a professional cannot see it; a new charter is accepted before posting', async () => {
		const title = `Groupe de parole ${newPseudonym('Mardi')}`;
		const coordinator = await newPage(browser(), javaScriptEnabled);
		await signIn(coordinator.page, 'Louise');
		await coordinator.page.goto(`${GEM}/groupes`);
		await expectAccessible(coordinator.page);
		await coordinator.page.getByRole('link', { name: 'Créer un groupe' }).click();
		await coordinator.page.waitForURL(/\/groupes\/nouveau$/);
		await expectAccessible(coordinator.page);
		// A charter too short is refused clearly, nothing is created.
		await coordinator.page.getByLabel('Titre').fill(title);
		await coordinator.page.getByLabel('Qui peut être dans la salle').selectOption('peers');
		await coordinator.page.getByLabel('Charte du groupe').fill('Trop court');
		await submit(coordinator.page, 'Créer le groupe');
		expect(await coordinator.page.textContent('#error-summary')).toContain('au moins 20 caractères');
		await expectAccessible(coordinator.page);
		await coordinator.page
			.getByLabel('Charte du groupe')
			.fill('Ce qui se dit ici reste ici. On parle en son nom.');
		await coordinator.page.getByLabel('Qui peut être dans la salle').selectOption('peers');
		await submit(coordinator.page, 'Créer le groupe');
		await eventually(
			() => coordinator.page.textContent('main'),
			(text) => expect(text).toContain('Le groupe est créé, avec sa conversation.')
		);
		const groupPath = new URL(coordinator.page.url()).pathname;
		expect(groupPath).toMatch(/^\/groupes\/[0-9a-f-]{36}$/);
		await expectAccessible(coordinator.page);

		// A member finds it in the organisation's groups, accepts the charter and joins.
		const member = await newPage(browser(), javaScriptEnabled);
		const memberPseudonym = await signUp(member.page, newPseudonym('Pair'));
		await joinDemoGem(await sessionOf(member.page), []);
		await member.page.goto(`${GEM}/groupes`);
		await expectAccessible(member.page);
		await member.page.getByRole('link', { name: title }).click();
		await member.page.waitForURL(new RegExp(`${groupPath}$`));
		await expectAccessible(member.page);
		await submit(member.page, 'Rejoindre le groupe');
		expect(await member.page.textContent('#error-summary')).toContain('accepter la charte');
		await member.page.getByRole('checkbox', { name: ACCEPT }).check();
		await submit(member.page, 'Rejoindre le groupe');
		await eventually(
			() => member.page.textContent('main'),
			(text) => expect(text).toContain('Vous faites maintenant partie du groupe.')
		);
		expect(await member.page.textContent('main')).toContain('2 personnes dans le groupe');
		await expectAccessible(member.page);
		const conversationHref = await member.page
			.getByRole('link', { name: 'Conversation du groupe' })
			.getAttribute('href');
		const conversationId = conversationHref!.split('/').at(-1)!;
		// Members see a count, never names; the facilitator sees names on the members page.
		expect(await member.page.textContent('main')).not.toContain('Louise');
		await coordinator.page.goto(`${groupPath}/membres`);
		expect(await coordinator.page.textContent('main')).toContain(memberPseudonym);
		await expectAccessible(coordinator.page);

		// A professional of the same organisation does not even learn that it exists.
		const professional = await demoProfessional();
		const groupId = groupPath.split('/').at(-1)!;
		expect(await apiStatus(professional.token, 'GET', `/api/v1/groups/${groupId}`)).toBe(404);
		const pro = await newPage(browser(), javaScriptEnabled);
		await signIn(pro.page, professional.pseudonym, PASSWORD);
		const refused = await pro.page.goto(groupPath);
		expect(refused?.status()).toBe(404);
		await pro.page.goto(`${GEM}/groupes`);
		expect(await pro.page.textContent('main')).not.toContain(title);
		await expectAccessible(pro.page);
		await pro.context.close();

		// The charter changes: the member must accept it again before posting.
		await coordinator.page.goto(`${groupPath}/modifier`);
		await expectAccessible(coordinator.page);
		await coordinator.page
			.getByLabel('Charte du groupe')
			.fill('Nouvelle charte : on se respecte, on parle en son nom.');
		await submit(coordinator.page, 'Enregistrer');
		await eventually(
			() => coordinator.page.textContent('main'),
			(text) => expect(text).toContain('Les membres accepteront la nouvelle charte')
		);
		const token = await sessionOf(member.page);
		expect(
			await apiStatus(token, 'POST', `/api/v1/conversations/${conversationId}/messages`, {
				messageId: randomUUID(),
				body: 'Bonjour à toutes et tous'
			})
		).toBe(409);
		await member.page.goto(`/conversations/${conversationId}`);
		expect(await member.page.textContent('main')).toContain('La charte du groupe a changé');
		expect(await member.page.locator('textarea#body').count()).toBe(0);
		await expectAccessible(member.page);
		await member.page.goto(groupPath);
		expect(await member.page.textContent('main')).toContain('La charte a changé');
		await member.page.getByRole('checkbox', { name: ACCEPT }).check();
		await submit(member.page, 'Accepter la charte');
		await eventually(
			() => member.page.textContent('main'),
			(text) => expect(text).toContain('Merci, la charte est acceptée.')
		);
		await expectAccessible(member.page);
		await member.page.goto(`/conversations/${conversationId}`);
		await member.page.locator('textarea#body').fill('Bonjour à toutes et tous');
		await submit(member.page, 'Envoyer');
		await eventually(
			() => member.page.textContent('[role="log"]'),
			(text) => expect(text).toContain('Bonjour à toutes et tous')
		);
		await member.context.close();
		await coordinator.context.close();
	}, 240_000);

	it('a coordinator reads the groups’ activity in figures, without names, and downloads it as CSV', async () => {
		const coordinator = await newPage(browser(), javaScriptEnabled);
		await signIn(coordinator.page, 'Louise');
		await coordinator.page.goto(GEM);
		await Promise.all([
			coordinator.page.waitForURL(/\/groupes\/activite$/),
			coordinator.page.getByRole('link', { name: /Activité des groupes/ }).click()
		]);
		// The demo's talk group met every Tuesday for sixteen weeks, attendance recorded (six people).
		const byGroup = coordinator.page.getByRole('region', { name: 'Par groupe, sur toute la période' });
		await eventually(
			() => byGroup.textContent(),
			(text) => expect(text).toContain('Groupe de parole du mardi')
		);
		expect(await coordinator.page.textContent('main')).not.toContain('Sacha');
		await expectAccessible(coordinator.page);
		// A wrong month is said next to its field; the default period is shown meanwhile.
		await coordinator.page.goto(`${GEM}/groupes/activite?from=2026-13`);
		expect(await coordinator.page.textContent('#error-summary')).toContain('AAAA-MM');
		await expectAccessible(coordinator.page);
		await coordinator.page.getByLabel(/Premier mois/).fill('2025-01');
		await coordinator.page.getByLabel(/Dernier mois/).fill('2025-02');
		await Promise.all([
			coordinator.page.waitForURL(/from=2025-01&to=2025-02/),
			coordinator.page.getByRole('button', { name: 'Afficher' }).click()
		]);
		expect(await coordinator.page.textContent('main')).toContain('De 2025-01 à 2025-02');
		const csv = await coordinator.page.request.get(`${GEM}/groupes/activite/activite.csv`);
		expect(csv.headers()['content-type']).toContain('text/csv');
		const text = await csv.text();
		expect(text).toContain('Groupe,Type,Mois,Séances tenues');
		expect(text).toContain('Groupe de parole du mardi,Groupe de parole,');
		expect(text).not.toContain('Sacha');
		// Anyone but a coordinator: not found, page and API alike.
		expect(await apiStatus(await apiToken('Sacha'), 'GET', `/api/v1${GEM}/activity`)).toBe(404);
		await coordinator.context.close();
	}, 120_000);
});
