import type { BrowserContext, Page } from 'playwright-core';
import { expect, onTestFinished } from 'vitest';
import { baseUrl, DEMO_PASSWORD, distinctClientAddress, newPseudonym, PASSWORD } from './browser';

/** Calls the JSON API with a bearer token, failing the test on any problem answer. */
export async function callApi(token: string, method: string, path: string, body?: unknown): Promise<unknown> {
	const response = await fetch(new URL(path, baseUrl()), {
		method,
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const text = await response.text();
	expect(response.ok, `${method} ${path}: ${response.status} ${text}`).toBe(true);
	return text ? JSON.parse(text) : undefined;
}

export async function apiToken(pseudonym: string, password = DEMO_PASSWORD): Promise<string> {
	const response = await fetch(new URL('/api/v1/session', baseUrl()), {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ pseudonym, password })
	});
	expect(response.status, `signing in ${pseudonym} through the API`).toBe(201);
	return ((await response.json()) as { token: string }).token;
}

/** The browser session's cookie, so the API acts as the person signed in on that page or context. */
export async function sessionOf(target: Page | BrowserContext): Promise<string> {
	const context = 'context' in target ? target.context() : target;
	const session = (await context.cookies()).find((cookie) => cookie.name === 'ep_session');
	expect(session, 'a signed-in page').toBeDefined();
	return session!.value;
}

/** Calls the JSON API and returns only the status, for journeys that check refusals (400, 403, 404…). */
export async function apiStatus(
	token: string,
	method: string,
	path: string,
	body?: unknown
): Promise<number> {
	const response = await fetch(new URL(path, baseUrl()), {
		method,
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	await response.arrayBuffer();
	return response.status;
}

/**
 * A new account, created through the sign-up form (the API has no sign-up), signed in for the API: each
 * journey that needs a member of its own gets one, so journeys stay independent of order.
 */
export async function signUpForApi(
	prefix = 'Api'
): Promise<{ pseudonym: string; token: string; accountId: string }> {
	const pseudonym = newPseudonym(prefix);
	const response = await fetch(new URL('/inscription', baseUrl()), {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: baseUrl(),
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...distinctClientAddress()
		},
		body: new URLSearchParams({ pseudonym, password: PASSWORD, consent: 'on' })
	});
	expect(response.status, `signing up ${pseudonym}`).toBe(303);
	const token = await apiToken(pseudonym, PASSWORD);
	const account = (await callApi(token, 'GET', '/api/v1/me')) as { id: string };
	return { pseudonym, token, accountId: account.id };
}

/**
 * Brings the account behind `token` into the demo GEM (Louise, its coordinator, approves them and gives
 * them `role` if asked) and gives them experiences, each shared with the audience given.
 */
export async function joinDemoGem(
	token: string,
	experiences: { experienceId: string; detail?: string; visibility: string }[],
	role?: 'peer_supporter' | 'moderator'
): Promise<void> {
	const joined = (await callApi(token, 'POST', '/api/v1/organisations/gem-les-traboules/memberships', {
		acceptCharter: true
	})) as { membershipId: string };
	const coordinator = await apiToken('Louise');
	const member = `/api/v1/organisations/gem-les-traboules/members/${joined.membershipId}`;
	await callApi(coordinator, 'PATCH', member, { status: 'active' });
	if (role) await callApi(coordinator, 'PATCH', member, { role });
	for (const { experienceId, ...rest } of experiences) {
		await callApi(token, 'PUT', `/api/v1/me/profile/experiences/${encodeURIComponent(experienceId)}`, rest);
	}
}

/**
 * Brings the person signed in on `page` into the demo GEM with experiences: the set-up a matching journey
 * needs, done through the API because other journeys already walk through joining and the profile.
 */
export async function joinDemoGemWithExperiences(
	page: Page,
	experiences: { experienceId: string; detail?: string; visibility: string }[]
): Promise<void> {
	await joinDemoGem(await sessionOf(page), experiences);
}

/**
 * Brings the account behind `token` into the demo GEM in an accompaniment with Sacha, through the API.
 * Sacha takes at most three people: whatever happens in the journey, the accompaniment ends when the test
 * does (if the journey did not end or close it itself), so Sacha's place is freed for the next one.
 */
export async function accompanimentWithSacha(
	token: string
): Promise<{ accompanimentId: string; conversationId: string; helpRequestId: string }> {
	const voices = 'troubles-psychiques/entente-de-voix';
	await joinDemoGem(token, [{ experienceId: voices, visibility: 'my_supporters' }]);
	const help = (await callApi(token, 'POST', '/api/v1/help-requests', {
		experienceIds: [voices],
		formats: ['chat']
	})) as { id: string };
	const { matches } = (await callApi(token, 'GET', `/api/v1/help-requests/${help.id}/matches`)) as {
		matches: Array<{ supporterId: string; pseudonym: string }>;
	};
	const sacha = matches.find((match) => match.pseudonym === 'Sacha');
	expect(sacha, 'Sacha is proposed').toBeDefined();
	const contact = (await callApi(token, 'POST', `/api/v1/help-requests/${help.id}/contact-requests`, {
		supporterId: sacha!.supporterId
	})) as { id: string };
	const { accompanimentId } = (await callApi(
		await apiToken('Sacha'),
		'PATCH',
		`/api/v1/contact-requests/${contact.id}`,
		{ decision: 'accept' }
	)) as { accompanimentId: string };
	onTestFinished(async () => {
		await apiStatus(await apiToken('Sacha'), 'POST', `/api/v1/accompaniments/${accompanimentId}/end`);
	});
	const conversations = (await callApi(token, 'GET', '/api/v1/conversations')) as Array<{
		id: string;
		accompanimentId: string | null;
	}>;
	const conversationId = conversations.find(
		(conversation) => conversation.accompanimentId === accompanimentId
	)!.id;
	return { accompanimentId, conversationId, helpRequestId: help.id };
}

/** The conversation of a new accompaniment with Sacha (see accompanimentWithSacha). */
export async function conversationWithSacha(token: string): Promise<string> {
	return (await accompanimentWithSacha(token)).conversationId;
}
