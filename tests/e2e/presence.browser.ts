import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, joinDemoGem, joinDemoGemWithExperiences, sessionOf, signUpForApi } from './support/api';
import {
	baseUrl,
	eventually,
	expectAccessible,
	newPage,
	signUp,
	submit,
	useBrowser
} from './support/browser';

const browser = useBrowser();
const CHOICE = /Montrer aux autres participant·es quand je suis en ligne/;
const SAVED_VISIBLE = 'les autres voient quand vous êtes en ligne ici';
const SAVED_HIDDEN = 'les autres ne voient pas quand vous êtes en ligne ici';

/** Two new members of the demo GEM, A and B, in a direct conversation A opened (B accepts direct messages). */
async function twoMembersTalking(javaScriptEnabled: boolean) {
	const a = await newPage(browser(), javaScriptEnabled);
	const aName = await signUp(a.page);
	await joinDemoGemWithExperiences(a.page, []);
	const b = await newPage(browser(), javaScriptEnabled);
	await signUp(b.page);
	await joinDemoGemWithExperiences(b.page, []);
	const bToken = await sessionOf(b.context);
	await callApi(bToken, 'PATCH', '/api/v1/me', { directMessages: 'my_organisations' });
	const bId = ((await callApi(bToken, 'GET', '/api/v1/me')) as { id: string }).id;
	const { conversationId } = (await callApi(await sessionOf(a.context), 'POST', '/api/v1/conversations', {
		accountId: bId
	})) as { conversationId: string };
	return { a, aName, b, url: `/conversations/${conversationId}` };
}

/** What the page says about who is online (nothing at all when nobody shows it). */
const presenceLine = async (page: Page) =>
	(await page.locator('.presence').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
const typingLine = async (page: Page) => ((await page.locator('.typing').textContent()) ?? '').trim();

async function choosePresence(page: Page, visible: boolean) {
	const settings = page.locator('details.settings');
	if (!(await settings.evaluate((element) => (element as HTMLDetailsElement).open)))
		await settings.locator('summary').click();
	await page.getByRole('checkbox', { name: CHOICE }).setChecked(visible);
	await submit(page, 'Enregistrer ce choix');
	await eventually(
		() => page.textContent('main'),
		(text) => expect(text).toContain(visible ? SAVED_VISIBLE : SAVED_HIDDEN)
	);
	// Without JavaScript the page came back with its settings folded: the box is there, hidden.
	expect(await page.getByRole('checkbox', { name: CHOICE, includeHidden: true }).isChecked()).toBe(visible);
}

describe('presence and typing (JavaScript on)', () => {
	it('shows "En ligne" and "… écrit…" live to the other person only once A chooses it', async () => {
		const { a, aName, b, url } = await twoMembersTalking(true);
		await b.page.goto(url);
		await a.page.goto(url);

		// Hidden by default: B sees nothing about A, and no hint that a choice exists.
		expect(await presenceLine(b.page)).toEqual([]);
		await expectAccessible(b.page);

		await choosePresence(a.page, true);
		await expectAccessible(a.page);
		// Never about oneself.
		expect(await presenceLine(a.page)).toEqual([]);
		await eventually(
			() => presenceLine(b.page),
			(lines) => expect(lines).toEqual([`${aName} En ligne`])
		);
		await expectAccessible(b.page);

		await a.page.getByLabel('Votre message').fill('Bonjour, je suis là');
		await eventually(
			() => typingLine(b.page),
			(text) => expect(text).toBe(`${aName} écrit…`)
		);
		expect(await typingLine(a.page)).toBe('');
		await expectAccessible(b.page);

		// The message arrives: the indicator goes at once (read at the moment the message shows, so the
		// 6 s it would otherwise last cannot make this pass).
		await b.page.evaluate((body) => {
			const log = document.querySelector('[role="log"]')!;
			const typing = document.querySelector('.typing')!;
			new MutationObserver((_changes, observer) => {
				if (!log.textContent?.includes(body)) return;
				log.setAttribute('data-typing-on-arrival', typing.textContent?.trim() ?? '');
				observer.disconnect();
			}).observe(log, { childList: true, characterData: true, subtree: true });
		}, 'Bonjour, je suis là');
		await submit(a.page, 'Envoyer');
		await eventually(
			() => b.page.locator('[role="log"]').getAttribute('data-typing-on-arrival'),
			(typingOnArrival) => expect(typingOnArrival).toBe('')
		);

		// A hides it again: B's page drops the label, and A's typing is not even sent any more.
		await choosePresence(a.page, false);
		await eventually(
			() => presenceLine(b.page),
			(lines) => expect(lines).toEqual([])
		);
		const typingSignals: string[] = [];
		a.page.on('request', (request) => {
			if (request.url().endsWith('/typing')) typingSignals.push(request.url());
		});
		await b.page.evaluate(() => {
			const region = document.querySelector('.typing')!;
			new MutationObserver(() => {
				if (region.textContent?.trim()) region.setAttribute('data-was-shown', 'yes');
			}).observe(region, { childList: true, characterData: true, subtree: true });
		});
		await a.page.getByLabel('Votre message').fill('Et maintenant sans présence');
		await submit(a.page, 'Envoyer');
		await eventually(
			() => b.page.locator('[role="log"]').textContent(),
			(text) => expect(text).toContain('Et maintenant sans présence')
		);
		expect(typingSignals).toEqual([]);
		expect(await b.page.locator('.typing').getAttribute('data-was-shown')).toBeNull();
		expect(await presenceLine(b.page)).toEqual([]);
		await expectAccessible(b.page);
		await Promise.all([a.context.close(), b.context.close()]);
	});
});

describe('presence (JavaScript off)', () => {
	it('lets A choose with the form; B sees "En ligne" on reload, and no more once A turns it off', async () => {
		const { a, aName, b, url } = await twoMembersTalking(false);
		await a.page.goto(url);
		await b.page.goto(url);
		expect(await presenceLine(b.page)).toEqual([]);
		await expectAccessible(b.page);

		await choosePresence(a.page, true);
		await expectAccessible(a.page);
		await b.page.goto(url);
		expect(await presenceLine(b.page)).toEqual([`${aName} En ligne`]);
		await expectAccessible(b.page);

		await choosePresence(a.page, false);
		await expectAccessible(a.page);
		await b.page.goto(url);
		expect(await presenceLine(b.page)).toEqual([]);
		await Promise.all([a.context.close(), b.context.close()]);
	});
});

describe('presence and typing API', () => {
	/** Calls the API and returns the status and content type, problems included. */
	async function send(token: string, method: string, path: string, body?: string) {
		const response = await fetch(new URL(`/api/v1${path}`, baseUrl()), {
			method,
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body
		});
		await response.text();
		return { status: response.status, type: response.headers.get('content-type') ?? '' };
	}

	it('lets participants only choose, with a real boolean, and answers typing with 204', async () => {
		const [a, b, stranger] = [await signUpForApi(), await signUpForApi(), await signUpForApi()];
		await joinDemoGem(a.token, []);
		await joinDemoGem(b.token, []);
		await callApi(b.token, 'PATCH', '/api/v1/me', { directMessages: 'my_organisations' });
		const { conversationId } = (await callApi(a.token, 'POST', '/api/v1/conversations', {
			accountId: b.accountId
		})) as { conversationId: string };
		const presence = `/conversations/${conversationId}/presence`;
		const typing = `/conversations/${conversationId}/typing`;

		for (const [token, body, status] of [
			[stranger.token, '{"visible":true}', 404],
			[a.token, '{"visible":"true"}', 400],
			[a.token, '{"visible":1}', 400],
			[a.token, '{}', 400],
			[a.token, 'not json', 400]
		] as const) {
			const answer = await send(token, 'PUT', presence, body);
			expect(answer.status, `${body}`).toBe(status);
			expect(answer.type).toContain('application/problem+json');
		}
		expect(
			(await send(a.token, 'PUT', '/conversations/not-a-uuid/presence', '{"visible":true}')).status
		).toBe(400);
		expect(
			await callApi(a.token, 'PUT', `/api/v1${presence}`, { visible: true }),
			'a participant chooses'
		).toEqual({ visible: true });

		expect((await send(stranger.token, 'POST', typing)).status).toBe(404);
		expect((await send(a.token, 'POST', typing)).status).toBe(204);
		expect((await send(b.token, 'POST', typing)).status).toBe(204); // hidden: nothing happens
		expect((await send(a.token, 'POST', '/conversations/not-a-uuid/typing')).status).toBe(400);
	});
});
