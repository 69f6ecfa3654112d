import { describe, expect, it, onTestFinished } from 'vitest';
import { apiStatus, apiToken, callApi, joinDemoGem, sessionOf } from './support/api';
import {
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	newPseudonym,
	signIn,
	signUp,
	submit,
	useBrowser
} from './support/browser';

const browser = useBrowser();
const MESSAGE_LABEL = 'Un mot pour les personnes qui coordonnent (facultatif)';
const VOICES = 'troubles-psychiques/entente-de-voix';

describe.each(JS_MODES)('notification centre (%s)', (_mode, javaScriptEnabled) => {
	it('carries a join request with its message to the coordinator, and the approval back to the newcomer', async () => {
		const coordinator = await newPage(browser(), javaScriptEnabled);
		await signIn(coordinator.page, 'Louise');
		await coordinator.page.goto('/notifications');
		await expectAccessible(coordinator.page);

		const newcomer = await newPage(browser(), javaScriptEnabled);
		const pseudonym = await signUp(newcomer.page, newPseudonym('Rejoindre'));
		await newcomer.page.goto('/notifications');
		expect(await newcomer.page.textContent('main')).toContain('Rien de nouveau.');
		// Nothing to coordinate, nothing to support: no such sections.
		expect(await newcomer.page.locator('[data-waiting]').count()).toBe(0);
		await expectAccessible(newcomer.page);

		const message = `Bonjour, je viens de la part du CMP (${pseudonym}).`;
		await newcomer.page.goto('/organisations/gem-les-traboules');
		await newcomer.page.getByRole('checkbox', { name: "J'ai lu la charte et je l'accepte" }).check();
		await newcomer.page.getByLabel(MESSAGE_LABEL).fill(message);
		await submit(newcomer.page, 'Demander à rejoindre');
		await eventually(
			() => newcomer.page.textContent('#join-outcome'),
			(text) => expect(text).toContain('Demande envoyée.')
		);
		// The confirmation is where the person is looking: the 303 after the POST lands at its anchor. Public
		// pages ship no JavaScript (csr = false), so this holds with JavaScript on as well as off.
		expect(new URL(newcomer.page.url()).hash).toBe('#join-outcome');
		// Reloading after the plain POST is a GET: nothing is posted again.
		const reloaded = await newcomer.page.reload();
		expect(reloaded?.request().method()).toBe('GET');
		expect(reloaded?.status()).toBe(200);
		await expectAccessible(newcomer.page);

		// With JavaScript the coordinator's open page follows; without, a reload shows the request.
		if (!javaScriptEnabled) await coordinator.page.reload();
		const request = coordinator.page.locator('[data-waiting="join-requests"] li', { hasText: pseudonym });
		await eventually(
			() => request.textContent(),
			(text) => expect(text).toContain(message)
		);
		await expectAccessible(coordinator.page);
		await submit(coordinator.page, `Accepter ${pseudonym}`);
		// The confirmation and the shortened list may arrive one after the other (the live update from the
		// request's own event can land after the form's answer): wait for both.
		await eventually(
			() => coordinator.page.textContent('main'),
			(text) => {
				expect(text).toContain('Demande traitée.');
				expect(text).not.toContain(message);
			}
		);
		await expectAccessible(coordinator.page);

		await newcomer.page.goto('/notifications');
		const item = newcomer.page.locator('[data-notification="membership.approved"]');
		expect(await item.textContent()).toContain(
			'Votre demande pour rejoindre GEM Les Traboules est acceptée.'
		);
		expect(await item.textContent()).toContain('Non lue');
		expect(await newcomer.page.getAttribute('[data-unread]', 'data-unread')).toBe('1');
		expect(await item.getByRole('link', { name: 'Voir' }).getAttribute('href')).toBe(
			'/organisations/gem-les-traboules'
		);
		await expectAccessible(newcomer.page);
		await submit(newcomer.page, 'Tout marquer comme lu');
		await eventually(
			() => newcomer.page.textContent('main'),
			(text) => expect(text).toContain('1 notification marquée comme lue.')
		);
		// With JavaScript the list is read again after the outcome shows (and again when the stream says so).
		await eventually(
			() => newcomer.page.textContent('main'),
			(text) => expect(text).toContain('Rien de nouveau.')
		);
		expect(await item.textContent()).toContain('Lue');
		await expectAccessible(newcomer.page);
		await newcomer.context.close();
		await coordinator.context.close();
	}, 150_000);

	it('tells Sacha of a contact request and the requester of its acceptance', async () => {
		const requester = await newPage(browser(), javaScriptEnabled);
		const pseudonym = await signUp(requester.page, newPseudonym('Contact'));
		const token = await sessionOf(requester.page);
		await joinDemoGem(token, [{ experienceId: VOICES, visibility: 'my_supporters' }]);
		const help = (await callApi(token, 'POST', '/api/v1/help-requests', {
			experienceIds: [VOICES],
			formats: ['chat'],
			hopes: 'Ce que j’écris ici reste entre nous.'
		})) as { id: string };
		const { matches } = (await callApi(token, 'GET', `/api/v1/help-requests/${help.id}/matches`)) as {
			matches: Array<{ supporterId: string; pseudonym: string }>;
		};
		const sacha = matches.find((match) => match.pseudonym === 'Sacha')!;
		const contact = (await callApi(token, 'POST', `/api/v1/help-requests/${help.id}/contact-requests`, {
			supporterId: sacha.supporterId
		})) as { id: string };

		const supporter = await newPage(browser(), javaScriptEnabled);
		await signIn(supporter.page, 'Sacha');
		await supporter.page.goto('/notifications');
		const received = supporter.page.locator('[data-notification="contact.received"]', {
			hasText: pseudonym
		});
		expect(await received.textContent()).toContain(`${pseudonym} vous demande un contact.`);
		expect(await supporter.page.textContent('main')).not.toContain('reste entre nous');
		expect(await supporter.page.textContent('[data-waiting="contact-requests"]')).toMatch(
			/demandes? de contact/
		);
		await expectAccessible(supporter.page);

		const sachaToken = await apiToken('Sacha');
		const { accompanimentId } = (await callApi(
			sachaToken,
			'PATCH',
			`/api/v1/contact-requests/${contact.id}`,
			{
				decision: 'accept'
			}
		)) as { accompanimentId: string };
		onTestFinished(async () => {
			await apiStatus(sachaToken, 'POST', `/api/v1/accompaniments/${accompanimentId}/end`);
		});

		await requester.page.goto('/notifications');
		const accepted = requester.page.locator('[data-notification="contact.accepted"]');
		expect(await accepted.textContent()).toContain(
			'Sacha a accepté votre demande de contact\u202f: votre accompagnement commence.'
		);
		expect(await accepted.getByRole('link', { name: 'Voir' }).getAttribute('href')).toBe(
			`/accompagnements/${accompanimentId}`
		);
		await expectAccessible(requester.page);
		// The same through the API, and marking one as read.
		const listed = (await callApi(token, 'GET', '/api/v1/notifications')) as {
			notifications: Array<{ id: string; kind: string; read: boolean }>;
			waiting: { notifications: number };
		};
		const accept = listed.notifications.find((entry) => entry.kind === 'contact.accepted')!;
		expect(accept.read).toBe(false);
		expect(await callApi(token, 'POST', '/api/v1/notifications/read', { notificationId: accept.id })).toEqual(
			{
				marked: 1
			}
		);
		expect(
			await apiStatus(sachaToken, 'POST', '/api/v1/notifications/read', { notificationId: accept.id })
		).toBe(404);
		await requester.context.close();
		await supporter.context.close();
	});
});
