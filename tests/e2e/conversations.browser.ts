import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accompanimentWithSacha, callApi, sessionOf } from './support/api';
import {
	baseUrl,
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	PASSWORD,
	signIn,
	signUp,
	submit,
	useBrowser
} from './support/browser';

const browser = useBrowser();
const CRISIS_TITLE = 'Vous traversez peut-être un moment très dur';
const log = (page: Page) => page.locator('[role="log"]').textContent();
/** The id of the element that has the focus (Playwright's own selector engine: works without JavaScript). */
const focusedId = async (page: Page) =>
	page
		.locator(':focus')
		.getAttribute('id', { timeout: 1_000 })
		.catch(() => null);

/** The first event of a conversation's stream, read as a raw Server-Sent Events client would. */
async function firstStreamedMessage(token: string, conversationId: string, lastEventId: number) {
	const controller = new AbortController();
	const response = await fetch(new URL(`/api/v1/conversations/${conversationId}/events`, baseUrl()), {
		headers: { authorization: `Bearer ${token}`, 'last-event-id': String(lastEventId) },
		signal: controller.signal
	});
	expect(response.headers.get('content-type')).toContain('text/event-stream');
	const reader = response.body!.getReader();
	let text = '';
	while (!/id: \d+\ndata: .*\n\n/.test(text)) text += new TextDecoder().decode((await reader.read()).value);
	controller.abort();
	const [, id, data] = /id: (\d+)\ndata: (.*)\n\n/.exec(text)!;
	return { id: Number(id), message: JSON.parse(data!) as { body: string } };
}

describe.each(JS_MODES)('conversations (%s)', (_mode, javaScriptEnabled) => {
	it('lets a member and their supporter talk, catch up, delete a message, close it with a block, and keep it readable after an erasure', async () => {
		const member = await newPage(browser(), javaScriptEnabled);
		const pseudonym = await signUp(member.page);
		const { accompanimentId } = await accompanimentWithSacha(await sessionOf(member.page));

		// The supporter opens the conversation from the accompaniment.
		const supporter = await newPage(browser(), javaScriptEnabled);
		await signIn(supporter.page, 'Sacha');
		await supporter.page.goto(`/accompagnements/${accompanimentId}`);
		await supporter.page.getByRole('link', { name: 'Ouvrir la conversation' }).click();
		await supporter.page.waitForURL(/\/conversations\/[0-9a-f-]{36}$/);
		const conversationUrl = supporter.page.url();
		const conversationId = conversationUrl.split('/').at(-1)!;
		expect(await supporter.page.textContent('h1')).toBe(`Conversation avec ${pseudonym}`);
		await expectAccessible(supporter.page);

		// The member finds it in their conversations and writes; an empty message is explained.
		await member.page.goto('/conversations');
		await expectAccessible(member.page);
		await member.page.getByRole('link', { name: 'Avec Sacha' }).click();
		await member.page.waitForURL(conversationUrl);
		await member.page.getByLabel('Votre message').fill('   ');
		await member.page.getByLabel('Votre message').evaluate((field) => field.removeAttribute('required'));
		await submit(member.page, 'Envoyer');
		await eventually(
			() => member.page.textContent('main'),
			(text) => expect(text).toContain('Écrivez un message avant de l’envoyer.')
		);
		// The error summary has the focus: it is what is read and seen first, with or without JavaScript.
		await eventually(
			() => focusedId(member.page),
			(id) => expect(id).toBe('error-summary')
		);
		await member.page.getByLabel('Votre message').fill('Bonjour Sacha, merci d’avoir accepté.');
		await submit(member.page, 'Envoyer');
		await eventually(
			() => log(member.page),
			(text) => expect(text).toContain('Bonjour Sacha, merci d’avoir accepté.')
		);
		await expectAccessible(member.page);
		expect(await member.page.getByRole('complementary', { name: CRISIS_TITLE }).count()).toBe(0);
		if (javaScriptEnabled) {
			// Sent: the box is empty and keeps the focus, to go on writing.
			expect(await member.page.getByLabel('Votre message').inputValue()).toBe('');
			expect(await focusedId(member.page)).toBe('body');
		} else {
			// Sent without JavaScript: a GET of the page at the message (303), so a reload posts nothing again.
			const sentAt = new URL(member.page.url());
			expect(sentAt.pathname).toBe(new URL(conversationUrl).pathname);
			expect(sentAt.search).toBe('');
			expect(sentAt.hash).toMatch(/^#message-\d+$/);
			expect(await member.page.locator(`${sentAt.hash} .body`).textContent()).toBe(
				'Bonjour Sacha, merci d’avoir accepté.'
			);
			const methods: string[] = [];
			member.page.on('request', (request) => {
				if (request.isNavigationRequest()) methods.push(request.method());
			});
			await member.page.reload();
			expect(methods).toEqual(['GET']);
			expect(member.page.url()).toBe(sentAt.href);
			expect(await member.page.locator('.message .body').allTextContents()).toEqual([
				'Bonjour Sacha, merci d’avoir accepté.'
			]);
		}

		if (javaScriptEnabled) {
			// The supporter's open page receives it live, without reloading.
			await eventually(
				() => log(supporter.page),
				(text) => expect(text).toContain('Bonjour Sacha, merci d’avoir accepté.')
			);
		} else {
			// Without JavaScript: the badge and the list say there is something new; opening it shows it.
			await supporter.page.goto('/conversations');
			expect(await supporter.page.textContent('header')).toContain('1 non lu');
			expect(await supporter.page.textContent('main')).toContain('1 non lu');
			await supporter.page.goto(conversationUrl);
			expect(await log(supporter.page)).toContain('Bonjour Sacha, merci d’avoir accepté.');
			expect(await log(supporter.page)).toContain('Nouveaux messages');
		}
		await supporter.page.getByLabel('Votre message').fill('Avec plaisir. Comment allez-vous ce soir ?');
		await submit(supporter.page, 'Envoyer');
		await eventually(
			() => log(supporter.page),
			(text) => expect(text).toContain('Comment allez-vous ce soir ?')
		);
		if (!javaScriptEnabled) await member.page.reload();
		await eventually(
			() => log(member.page),
			(text) => expect(text).toContain('Comment allez-vous ce soir ?')
		);

		// Words that may signal a crisis bring the crisis lines to the writer only: as they type with
		// JavaScript, after sending without. The message is sent all the same.
		const heavy = 'Ce soir je n’en peux plus, j’ai envie d’en finir.';
		await member.page.getByLabel('Votre message').fill(heavy);
		if (javaScriptEnabled) {
			await eventually(
				() => member.page.getByRole('complementary', { name: CRISIS_TITLE }).count(),
				(count) => expect(count).toBe(1)
			);
		}
		await submit(member.page, 'Envoyer');
		await eventually(
			() => log(member.page),
			(text) => expect(text).toContain(heavy)
		);
		expect(await member.page.getByRole('complementary', { name: CRISIS_TITLE }).textContent()).toContain(
			'3114'
		);
		await expectAccessible(member.page);
		if (!javaScriptEnabled) await supporter.page.reload();
		await eventually(
			() => log(supporter.page),
			(text) => expect(text).toContain(heavy)
		);
		expect(await supporter.page.getByRole('complementary', { name: CRISIS_TITLE }).count()).toBe(0);

		// A client that lost its connection resumes after the last event it saw and gets what it missed.
		const memberToken = await sessionOf(member.context);
		const { messages } = (await callApi(
			memberToken,
			'GET',
			`/api/v1/conversations/${conversationId}/messages`
		)) as { messages: Array<{ seq: number; body: string }> };
		expect(messages.map((message) => message.body)).toEqual([
			'Bonjour Sacha, merci d’avoir accepté.',
			'Avec plaisir. Comment allez-vous ce soir ?',
			heavy
		]);
		const resumed = await firstStreamedMessage(memberToken, conversationId, messages[0]!.seq);
		expect(resumed).toEqual({
			id: messages[1]!.seq,
			message: expect.objectContaining({ body: 'Avec plaisir. Comment allez-vous ce soir ?' })
		});

		// The member deletes their first message from its discreet menu: both see it as deleted.
		expect(await member.page.getByRole('button', { name: /^Supprimer le message/ }).count()).toBe(0);
		const menu = member.page.locator('summary', { hasText: /^Options du message\s*«\s*Bonjour Sacha/ });
		await menu.focus();
		await member.page.keyboard.press('Enter');
		await submit(member.page, /^Supprimer le message\s*«\s*Bonjour Sacha/);
		await eventually(
			() => log(member.page),
			(text) => expect(text).toContain('Message supprimé')
		);
		if (!javaScriptEnabled) await supporter.page.reload();
		await eventually(
			() => log(supporter.page),
			(text) => expect(text).not.toContain('Bonjour Sacha, merci d’avoir accepté.')
		);
		expect(await log(supporter.page)).toContain('Message supprimé');

		// The member blocks Sacha: the accompaniment ends and the conversation can no longer be written in.
		await member.page.goto(`/accompagnements/${accompanimentId}`);
		await submit(member.page, 'Bloquer Sacha');
		await member.page.goto(conversationUrl);
		expect(await member.page.textContent('main')).toContain('Cet accompagnement est terminé');
		expect(await member.page.getByLabel('Votre message').count()).toBe(0);
		await expectAccessible(member.page);
		await supporter.page.goto(conversationUrl);
		expect(await supporter.page.textContent('main')).toContain('Cet accompagnement est terminé');

		// Someone else guessing the address finds nothing.
		const stranger = await newPage(browser(), javaScriptEnabled);
		await signIn(stranger.page, 'Camille');
		const refused = await stranger.page.goto(conversationUrl);
		expect(refused?.status()).toBe(404);

		// The member erases their account: Sacha keeps the conversation, once in the list, dated and
		// named an accompaniment, and reads it again; nobody can write in it any more.
		await member.page.goto('/compte/supprimer');
		await member.page.getByLabel('Confirmez avec votre mot de passe').fill(PASSWORD);
		await submit(member.page, 'Supprimer mon compte définitivement');
		await eventually(
			() => member.page.textContent('main'),
			(text) => expect(text).toContain('Votre compte a été supprimé.')
		);
		await supporter.page.goto('/conversations');
		const entry = supporter.page.locator('li', {
			has: supporter.page.locator(`a[href="/conversations/${conversationId}"]`)
		});
		expect(await entry.count()).toBe(1);
		expect(await entry.textContent()).toMatch(/Avec membre supprimé[\s\S]*accompagnement commencé le/);
		await expectAccessible(supporter.page);
		const reopened = await supporter.page.goto(conversationUrl);
		expect(reopened?.status()).toBe(200);
		expect(await supporter.page.textContent('main')).toContain('L’autre personne a supprimé son compte');
		expect(await log(supporter.page)).toContain(heavy);
		expect(await supporter.page.getByLabel('Votre message').count()).toBe(0);
		await expectAccessible(supporter.page);
		await Promise.all([member.context.close(), supporter.context.close(), stranger.context.close()]);
	}, 180_000);
});
