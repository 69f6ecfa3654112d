import { describe, expect, it } from 'vitest';
import { callApi, joinDemoGem, signUpForApi } from './support/api';
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

const browser = useBrowser();
const VOICES = 'troubles-psychiques/entente-de-voix';
const REMINDER = 'Rappel de sécurité';
const PHONE_MESSAGE = 'Ce sera plus simple au téléphone : 06 12 34 56 78, appelle-moi.';

/** A fresh member and a fresh peer supporter of the demo GEM, whose accompaniment is open. */
async function freshAccompaniment() {
	const supporter = await signUpForApi('Pair');
	await joinDemoGem(
		supporter.token,
		[{ experienceId: VOICES, visibility: 'my_organisations' }],
		'peer_supporter'
	);
	await callApi(supporter.token, 'PUT', '/api/v1/me/offer', {
		experienceIds: [VOICES],
		formats: ['chat'],
		languages: ['fr'],
		capacity: 2
	});
	const member = await signUpForApi('Membre');
	await joinDemoGem(member.token, [{ experienceId: VOICES, visibility: 'my_supporters' }]);
	const help = (await callApi(member.token, 'POST', '/api/v1/help-requests', {
		experienceIds: [VOICES],
		formats: ['chat']
	})) as { id: string };
	const contact = (await callApi(member.token, 'POST', `/api/v1/help-requests/${help.id}/contact-requests`, {
		supporterId: supporter.accountId
	})) as { id: string };
	const { accompanimentId } = (await callApi(
		supporter.token,
		'PATCH',
		`/api/v1/contact-requests/${contact.id}`,
		{
			decision: 'accept'
		}
	)) as { accompanimentId: string };
	const conversations = (await callApi(member.token, 'GET', '/api/v1/conversations')) as Array<{
		id: string;
		accompanimentId: string | null;
	}>;
	const conversationId = conversations.find((entry) => entry.accompanimentId === accompanimentId)?.id;
	expect(conversationId, 'the accompaniment has its conversation').toBeDefined();
	return { member, supporter, conversationId: conversationId! };
}

describe.each(JS_MODES)('safety reminders in a conversation (%s)', (_mode, javaScriptEnabled) => {
	it('shows both participants a calm reminder under a phone number, leading to the safety advice', async () => {
		const { member, supporter, conversationId } = await freshAccompaniment();
		const memberPage = await newPage(browser(), javaScriptEnabled);
		await signIn(memberPage.page, member.pseudonym, PASSWORD);
		const supporterPage = await newPage(browser(), javaScriptEnabled);
		await signIn(supporterPage.page, supporter.pseudonym, PASSWORD);
		await supporterPage.page.goto(`/conversations/${conversationId}`);
		await memberPage.page.goto(`/conversations/${conversationId}`);

		// An ordinary message carries no reminder.
		await memberPage.page
			.getByLabel('Votre message')
			.fill('Bonjour, merci d’avoir accepté. On se dit à 18h30 ?');
		await submit(memberPage.page, 'Envoyer');
		await eventually(
			() => memberPage.page.locator('[role="log"]').textContent(),
			(text) => expect(text).toContain('On se dit à 18h30 ?')
		);
		expect(await memberPage.page.getByRole('note', { name: REMINDER }).count()).toBe(0);

		// With JavaScript the writer sees the reminder as they type; the message is sent all the same.
		await memberPage.page.getByLabel('Votre message').fill(PHONE_MESSAGE);
		if (javaScriptEnabled)
			await eventually(
				() => memberPage.page.getByRole('note', { name: 'Avant d’envoyer' }).count(),
				(count) => expect(count).toBe(1)
			);
		await submit(memberPage.page, 'Envoyer');
		const reminder = memberPage.page.locator('[role="log"]').getByRole('note', { name: REMINDER });
		await eventually(
			() => reminder.count(),
			(count) => expect(count).toBe(1)
		);
		expect(await reminder.textContent()).toContain(
			'rester sur Entrepairs tant que la confiance n’est pas établie'
		);
		await expectAccessible(memberPage.page);

		// The other participant sees it too: live with JavaScript, on the next load without.
		if (!javaScriptEnabled) await supporterPage.page.reload();
		const seen = supporterPage.page.locator('[role="log"]').getByRole('note', { name: REMINDER });
		await eventually(
			() => seen.count(),
			(count) => expect(count).toBe(1)
		);
		await expectAccessible(supporterPage.page);
		const page = (await callApi(
			supporter.token,
			'GET',
			`/api/v1/conversations/${conversationId}/messages`
		)) as {
			messages: Array<{ body: string; safetyNotice: string | null }>;
		};
		expect(page.messages.map((message) => message.safetyNotice)).toEqual([null, 'off_platform']);

		// The reminder leads to the safety advice on the emergency page.
		await seen.getByRole('link', { name: 'Lire les conseils de sécurité' }).click();
		await supporterPage.page.waitForURL(/\/urgence#conseils-securite$/);
		expect(await supporterPage.page.getByRole('heading', { name: 'Conseils de sécurité' }).isVisible()).toBe(
			true
		);
		await expectAccessible(supporterPage.page);

		await memberPage.context.close();
		await supporterPage.context.close();
	});
});
