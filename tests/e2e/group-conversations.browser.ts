import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiToken, callApi, sessionOf } from './support/api';
import {
	baseUrl,
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	newPseudonym,
	signUp,
	submit,
	useBrowser
} from './support/browser';

const browser = useBrowser();

/**
 * A new open organisation of its own (Alix, the instance admin, creates it), so that changing its default
 * retention touches no other journey.
 */
async function freshOrganisation(): Promise<{ slug: string; admin: string }> {
	const admin = await apiToken('Alix');
	const { slug } = (await callApi(admin, 'POST', '/api/v1/organisations', {
		name: newPseudonym('GEM'),
		kind: 'gem',
		joinPolicy: 'open',
		charter: 'Chacun·e parle en son nom.'
	})) as { slug: string };
	return { slug, admin };
}

async function joinOrganisation(
	page: Page,
	slug: string,
	admin: string,
	role?: 'coordinator' | 'peer_supporter'
) {
	const { membershipId } = (await callApi(
		await sessionOf(page),
		'POST',
		`/api/v1/organisations/${slug}/memberships`,
		{ acceptCharter: true }
	)) as { membershipId: string };
	if (role) await callApi(admin, 'PATCH', `/api/v1/organisations/${slug}/members/${membershipId}`, { role });
}

describe.each(JS_MODES)('group conversations (%s)', (_mode, javaScriptEnabled) => {
	it('a coordinator sets the default retention, opens a group that takes it; members talk; one leaves; once the coordinator left too, a peer supporter adds someone', async () => {
		const { slug, admin } = await freshOrganisation();
		const coordinator = await newPage(browser(), javaScriptEnabled);
		await signUp(coordinator.page);
		await joinOrganisation(coordinator.page, slug, admin, 'coordinator');
		// The first member is a peer supporter: they may add people too.
		const first = await newPage(browser(), javaScriptEnabled);
		const firstName = await signUp(first.page);
		await joinOrganisation(first.page, slug, admin, 'peer_supporter');
		const second = await newPage(browser(), javaScriptEnabled);
		const secondName = await signUp(second.page);
		await joinOrganisation(second.page, slug, admin);

		// The coordinator chooses how long messages of new conversations are kept.
		await coordinator.page.goto(`/organisations/${slug}/gestion`);
		await coordinator.page.getByLabel('Garder les messages des nouvelles conversations').selectOption('7d');
		await submit(coordinator.page, 'Enregistrer la conservation');
		await eventually(
			() => coordinator.page.textContent('main'),
			(text) => expect(text).toContain('Conservation par défaut enregistrée.')
		);
		await expectAccessible(coordinator.page);

		// … then opens a group with the two members.
		await coordinator.page.goto('/conversations');
		await coordinator.page.getByRole('link', { name: 'Ouvrir une conversation de groupe' }).click();
		await coordinator.page.waitForURL(/\/conversations\/nouveau-groupe/);
		await expectAccessible(coordinator.page);
		await coordinator.page.getByLabel(/^Nom du groupe/).fill('Atelier écriture');
		await coordinator.page.getByRole('checkbox', { name: firstName }).check();
		await coordinator.page.getByRole('checkbox', { name: secondName }).check();
		await submit(coordinator.page, 'Ouvrir le groupe');
		await coordinator.page.waitForURL(/\/conversations\/[0-9a-f-]{36}$/);
		const groupUrl = coordinator.page.url();
		const conversationId = groupUrl.split('/').at(-1)!;
		expect(await coordinator.page.textContent('h1')).toContain('Atelier écriture');
		expect(await coordinator.page.locator('#retention').inputValue()).toBe('7d');
		await expectAccessible(coordinator.page);

		// The first member finds it in their list and writes; the second reads it (live with JavaScript).
		await second.page.goto(groupUrl);
		await first.page.goto('/conversations');
		await first.page.getByRole('link', { name: 'Groupe « Atelier écriture » (3 personnes)' }).click();
		await first.page.waitForURL(groupUrl);
		await expectAccessible(first.page);
		await first.page.getByLabel('Votre message').fill('Bonjour à vous deux !');
		await submit(first.page, 'Envoyer');
		if (!javaScriptEnabled) await second.page.reload();
		await eventually(
			() => second.page.locator('[role="log"]').textContent(),
			(text) => {
				expect(text).toContain('Bonjour à vous deux !');
				expect(text).toContain(firstName);
			}
		);
		await second.page.getByLabel('Votre message').fill('Bonjour, je dois filer.');
		await submit(second.page, 'Envoyer');
		await expectAccessible(second.page);
		// A plain member is not offered to add people.
		expect(await second.page.textContent('main')).not.toContain('Ajouter des personnes');

		// The second member leaves: the group is gone for them, their words stay for the others.
		await submit(second.page, 'Quitter la conversation');
		await eventually(
			() => second.page.textContent('main'),
			(text) => {
				expect(text).toContain('Vous avez quitté la conversation.');
				expect(text).not.toContain('Atelier écriture');
			}
		);
		await expectAccessible(second.page);
		const gone = await second.page.goto(groupUrl);
		expect(gone?.status()).toBe(404);
		const stream = await fetch(new URL(`/api/v1/conversations/${conversationId}/events`, baseUrl()), {
			headers: { authorization: `Bearer ${await sessionOf(second.page)}` }
		});
		expect(stream.status).toBe(404);

		await first.page.goto(groupUrl);
		const log = await first.page.locator('[role="log"]').textContent();
		expect(log).toContain('Bonjour, je dois filer.');
		expect(log).toContain(secondName);
		expect(await first.page.textContent('main')).toContain('Personnes dans le groupe (2)');

		// The coordinator who opened the group leaves; the peer supporter still in it brings someone new in.
		const newcomer = await newPage(browser(), javaScriptEnabled);
		const newcomerName = await signUp(newcomer.page);
		await joinOrganisation(newcomer.page, slug, admin);
		await coordinator.page.goto(groupUrl);
		await submit(coordinator.page, 'Quitter la conversation');
		await coordinator.page.waitForURL(/\/conversations\?quittee/);
		await first.page.goto(groupUrl);
		expect(await first.page.textContent('main')).toContain('Personnes dans le groupe (1)');
		await first.page.getByText('Ajouter des personnes').click();
		await first.page.getByRole('checkbox', { name: newcomerName }).check();
		await expectAccessible(first.page);
		await submit(first.page, 'Ajouter au groupe');
		await eventually(
			() => first.page.textContent('main'),
			(text) => {
				expect(text).toContain('Personnes ajoutées au groupe.');
				expect(text).toContain('Personnes dans le groupe (2)');
			}
		);
		await expectAccessible(first.page);

		// The newcomer reads what is written from now on, not what was said before.
		await newcomer.page.goto(groupUrl);
		await first.page.getByLabel('Votre message').fill('Bienvenue dans le groupe !');
		await submit(first.page, 'Envoyer');
		if (!javaScriptEnabled) await newcomer.page.reload();
		await eventually(
			() => newcomer.page.locator('[role="log"]').textContent(),
			(text) => expect(text).toContain('Bienvenue dans le groupe !')
		);
		const newcomerLog = await newcomer.page.locator('[role="log"]').textContent();
		expect(newcomerLog).not.toContain('Bonjour à vous deux !');
		expect(newcomerLog).not.toContain('Bonjour, je dois filer.');
		expect(await newcomer.page.textContent('main')).not.toContain('Ajouter des personnes');
		await expectAccessible(newcomer.page);

		await Promise.all(
			[coordinator, first, second, newcomer].map((participant) => participant.context.close())
		);
	}, 180_000);
});

describe('group conversations through the API', () => {
	it('opens, adds, leaves; strangers get 404; plain members may neither open nor add', async () => {
		const { slug, admin } = await freshOrganisation();
		const people = await Promise.all(
			['Coord', 'Un', 'Deux', 'Trois'].map(async (prefix) => {
				const { page, context } = await newPage(browser(), false);
				const pseudonym = await signUp(page, newPseudonym(prefix));
				await joinOrganisation(page, slug, admin, prefix === 'Coord' ? 'coordinator' : undefined);
				const token = await sessionOf(page);
				const { id } = (await callApi(token, 'GET', '/api/v1/me')) as { id: string };
				await context.close();
				return { pseudonym, token, accountId: id };
			})
		);
		const [coordinator, one, two, three] = people as [
			(typeof people)[0],
			(typeof people)[0],
			(typeof people)[0],
			(typeof people)[0]
		];
		const opened = (await callApi(
			coordinator.token,
			'POST',
			`/api/v1/organisations/${slug}/group-conversations`,
			{
				title: 'Groupe API',
				participantIds: [one.accountId]
			}
		)) as { conversationId: string };
		const path = `/api/v1/conversations/${opened.conversationId}`;
		expect(
			await callApi(coordinator.token, 'POST', `${path}/participants`, { participantIds: [two.accountId] })
		).toEqual({ added: 1, participants: 3 });
		const [listed] = (await callApi(two.token, 'GET', '/api/v1/conversations')) as Array<{ title: string }>;
		expect(listed).toMatchObject({ kind: 'group', title: 'Groupe API' });

		const status = async (token: string, method: string, url: string, body?: unknown) =>
			(
				await fetch(new URL(url, baseUrl()), {
					method,
					headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
					body: body === undefined ? undefined : JSON.stringify(body)
				})
			).status;
		expect(await status(three.token, 'GET', `${path}/messages`)).toBe(404);
		expect(await status(three.token, 'POST', `${path}/leave`)).toBe(404);
		expect(
			await status(one.token, 'POST', `${path}/participants`, { participantIds: [three.accountId] })
		).toBe(403);
		expect(
			await status(one.token, 'POST', `/api/v1/organisations/${slug}/group-conversations`, {
				title: 'Non',
				participantIds: [two.accountId]
			})
		).toBe(403);

		expect(await callApi(two.token, 'POST', `${path}/leave`)).toEqual({ left: true });
		expect(await status(two.token, 'GET', `${path}/messages`)).toBe(404);
		expect(await callApi(two.token, 'GET', '/api/v1/conversations')).toEqual([]);
	});
});
