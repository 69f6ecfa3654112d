import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl, DEMO_PASSWORD, newPseudonym, PASSWORD } from './browser';

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

/** The browser session's cookie, so the API acts as the person signed in on that page. */
async function sessionOf(page: Page): Promise<string> {
	const cookies = await page.context().cookies();
	const session = cookies.find((cookie) => cookie.name === 'ep_session');
	expect(session, 'a signed-in page').toBeDefined();
	return session!.value;
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
			'content-type': 'application/x-www-form-urlencoded'
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
