import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl, DEMO_PASSWORD } from './browser';

/** Calls the JSON API with a bearer token, failing the test on any problem answer. */
async function call(token: string, method: string, path: string, body?: unknown): Promise<unknown> {
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
 * Brings the person signed in on `page` into the demo GEM (Louise, its coordinator, approves them) and
 * gives them experiences, each shared with the audience given: the set-up a matching journey needs,
 * done through the API because other journeys already walk through joining and the profile.
 */
export async function joinDemoGemWithExperiences(
	page: Page,
	experiences: { experienceId: string; detail?: string; visibility: string }[]
): Promise<void> {
	const token = await sessionOf(page);
	const joined = (await call(token, 'POST', '/api/v1/organisations/gem-les-traboules/memberships', {
		acceptCharter: true
	})) as { membershipId: string };
	const coordinator = await apiToken('Louise');
	await call(coordinator, 'PATCH', `/api/v1/organisations/gem-les-traboules/members/${joined.membershipId}`, {
		status: 'active'
	});
	for (const { experienceId, ...rest } of experiences) {
		await call(token, 'PUT', `/api/v1/me/profile/experiences/${encodeURIComponent(experienceId)}`, rest);
	}
}
