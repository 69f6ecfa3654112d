import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	apiStatus,
	apiToken,
	callApi,
	conversationWithSacha,
	joinDemoGem,
	sessionOf,
	signUpForApi
} from './support/api';
import {
	baseUrl,
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

const say = (token: string, conversationId: string, body: string) =>
	callApi(token, 'POST', `/api/v1/conversations/${conversationId}/messages`, {
		messageId: randomUUID(),
		body
	});

/** Opens an event stream and returns a reader of its text, and when it ended. */
async function openStream(token: string, path: string) {
	const response = await fetch(new URL(path, baseUrl()), { headers: { authorization: `Bearer ${token}` } });
	expect(response.status).toBe(200);
	const reader = response.body!.getReader();
	let text = '';
	let endedAt: number | null = null;
	const waiting: Array<{ needle: string; resolve: (at: number) => void }> = [];
	const done = (async () => {
		for (;;) {
			const chunk = await reader.read();
			if (chunk.done) break;
			text += new TextDecoder().decode(chunk.value);
			const now = performance.now();
			for (const wait of waiting.filter((entry) => text.includes(entry.needle))) wait.resolve(now);
		}
		endedAt = performance.now();
	})().catch(() => (endedAt = performance.now()));
	/** When the stream first carried `needle` (precise: taken as the bytes arrive). */
	const arrival = (needle: string, timeoutMs = 5_000) =>
		new Promise<number>((resolve, reject) => {
			if (text.includes(needle)) return resolve(performance.now());
			waiting.push({ needle, resolve });
			setTimeout(() => reject(new Error(`no ${needle} in the stream:\n${text}`)), timeoutMs);
		});
	return { arrival, endedAt: () => endedAt, done, cancel: () => reader.cancel().catch(() => {}) };
}

describe.each(JS_MODES)('moderation (%s)', (_mode, javaScriptEnabled) => {
	it('a member reports a message, a moderator decides with reasons, both people see the outcome', async () => {
		const member = await newPage(browser(), javaScriptEnabled);
		await signUp(member.page);
		const memberToken = await sessionOf(member.page);
		const conversationId = await conversationWithSacha(memberToken);
		const marker = newPseudonym('Pret');
		const sacha = await apiToken('Sacha');
		const messageId = randomUUID();
		const asked = `${marker} : tu peux me prêter 50 euros ?`;
		await callApi(sacha, 'POST', `/api/v1/conversations/${conversationId}/messages`, {
			messageId,
			body: asked
		});

		// The coordinator of the GEM has the queue open.
		const moderator = await newPage(browser(), javaScriptEnabled);
		await signIn(moderator.page, 'Louise');
		await moderator.page.goto('/moderation');
		await expectAccessible(moderator.page);

		await member.page.goto(`/conversations/${conversationId}`);
		await member.page.getByRole('link', { name: new RegExp(`Signaler.*${marker}`) }).click();
		await expect.poll(() => member.page.locator('h1').textContent()).toBe('Signaler un contenu');
		await expectAccessible(member.page);
		await member.page.getByLabel('Arnaque ou demande d’argent').check();
		await member.page.getByLabel(/Précisions/).fill('Il me demande de l’argent.');
		const filedAt = performance.now();
		await submit(member.page, 'Envoyer le signalement');
		await expect.poll(() => member.page.getByRole('status').textContent()).toContain('Merci.');
		const record = (await callApi(memberToken, 'GET', '/api/v1/me/moderation')) as {
			reports: Array<{ id: string; outcome: string }>;
		};
		const reportId = record.reports[0]!.id;
		expect(record.reports[0]!.outcome).toBe('pending');
		// Sacha rewrites the message once it is reported: the report kept a copy of what was reported.
		await callApi(sacha, 'PATCH', `/api/v1/conversations/${conversationId}/messages/${messageId}`, {
			body: `Rien, oublie (${marker}).`
		});

		const item = moderator.page.locator(`[data-report="${reportId}"]`);
		if (javaScriptEnabled) {
			// Live: the report appears in the open queue without a reload.
			await eventually(
				() => item.count(),
				(count) => expect(count).toBe(1),
				10_000
			);
			console.info(
				`report → open moderation queue (browser, live): ${Math.round(performance.now() - filedAt)} ms`
			);
		} else {
			await moderator.page.reload();
		}
		await expect.poll(() => item.textContent()).toContain('Arnaque ou demande d’argent');
		// On a phone the link alone tells reports apart: the reason, what, when, and the reporter's first words.
		expect(await item.getByRole('link').textContent()).toMatch(
			/^Arnaque ou demande d’argent · Message · .*\d{2}:\d{2}\s*«\u202fIl me demande de l’argent\.\u202f»$/
		);
		await item.getByRole('link').click();
		await expect.poll(() => moderator.page.locator('h1').textContent()).toContain('Signalement');
		await expect.poll(() => moderator.page.locator('.excerpt').textContent()).toContain('Rien, oublie');
		expect(await moderator.page.locator('main').textContent()).toContain('Texte au moment du signalement');
		expect(await moderator.page.locator('.content-copy').textContent()).toBe(asked);
		await expectAccessible(moderator.page);
		// The decision comes before the account's history.
		expect(await moderator.page.locator('main h2').allTextContents()).toEqual([
			'Précisions du signalement',
			'Contenu signalé',
			'Décider',
			'Historique du compte',
			'Notes internes'
		]);
		await moderator.page.getByLabel('Masquer le contenu').check();
		const statement = `Demande d’argent à une personne accompagnée (${marker}) : contraire à la charte du GEM.`;
		await moderator.page.getByLabel(/Exposé des motifs/).fill(statement);
		await submit(moderator.page, 'Enregistrer la décision');
		await expect
			.poll(() => moderator.page.getByRole('status').first().textContent())
			.toContain('Décision enregistrée');

		// The reporter sees the outcome; the message is hidden for everyone.
		await member.page.goto('/compte/moderation');
		await expect
			.poll(() => member.page.locator('main').textContent())
			.toContain('Examiné\u202f: contenu masqué');
		await expectAccessible(member.page);
		await member.page.goto(`/conversations/${conversationId}`);
		await expect
			.poll(() => member.page.locator('main').textContent())
			.toContain('Message masqué par la modération.');
		expect(await member.page.locator('main').textContent()).not.toContain(marker);

		// The person concerned reads the decision and its statement of reasons.
		const reported = await newPage(browser(), javaScriptEnabled);
		await signIn(reported.page, 'Sacha');
		await reported.page.goto('/compte/moderation');
		await expect.poll(() => reported.page.locator('main').textContent()).toContain(statement);
		expect(await reported.page.locator('main').textContent()).toContain('Masquer le contenu');
		// And that the moderator opened an excerpt with their message, and why.
		expect(await reported.page.locator('main').textContent()).toMatch(
			/La modération\s+\(GEM Les Traboules\)\s+a lu un extrait de conversation/
		);
		// In a conversation of two, the reason would name the reporter: it is left out.
		expect(await reported.page.locator('main').textContent()).toContain('La raison n’est pas indiquée');
		await expectAccessible(reported.page);
		for (const page of [member, moderator, reported]) await page.context.close();
	});
});

describe.each(JS_MODES)('blocking from a profile (%s)', (_mode, javaScriptEnabled) => {
	it('is silent, and the blocked person no longer finds the profile', async () => {
		const blocker = await newPage(browser(), javaScriptEnabled);
		await signUp(blocker.page);
		await joinDemoGem(await sessionOf(blocker.page), []);
		const blocked = await signUpForApi('Bloque');
		await joinDemoGem(blocked.token, []);
		const me = (await callApi(await sessionOf(blocker.page), 'GET', '/api/v1/me')) as { id: string };
		expect(await apiStatus(blocked.token, 'GET', `/api/v1/people/${me.id}/profile`)).toBe(200);

		await blocker.page.goto(`/personnes/${blocked.accountId}`);
		await expectAccessible(blocker.page);
		expect(await blocker.page.getByRole('link', { name: 'Signaler ce profil' }).getAttribute('href')).toBe(
			`/signaler?type=profile&id=${blocked.accountId}`
		);
		await submit(blocker.page, `Bloquer ${blocked.pseudonym}`);
		await expect.poll(() => blocker.page.getByRole('status').textContent()).toContain('Vous avez bloqué');
		await expectAccessible(blocker.page);
		expect(await apiStatus(blocked.token, 'GET', `/api/v1/people/${me.id}/profile`)).toBe(404);
		await blocker.context.close();
	});
});

describe('moderation API', () => {
	it('answers by role and organisation, escalates, and a suspension cuts live streams at once', async () => {
		const reported = await signUpForApi('Signale');
		const conversationId = await conversationWithSacha(reported.token);
		const sacha = await apiToken('Sacha');
		await say(reported.token, conversationId, 'Donne-moi ton numéro sinon je raconte tout.');
		const page = (await callApi(sacha, 'GET', `/api/v1/conversations/${conversationId}/messages`)) as {
			messages: Array<{ id: string; mine: boolean }>;
		};
		const messageId = page.messages.find((message) => !message.mine)!.id;

		// The coordinator listens to the queue's stream: time from filing to the event.
		const louise = await apiToken('Louise');
		const queue = await openStream(louise, '/api/v1/moderation/events');
		const filedAt = performance.now();
		const filed = (await callApi(sacha, 'POST', '/api/v1/reports', {
			subjectKind: 'message',
			subjectId: messageId,
			reason: 'harassment'
		})) as { id: string; created: boolean };
		const arrived = await queue.arrival(filed.id);
		console.info(
			`report → moderator's event stream: ${Math.round(arrived - filedAt)} ms (request sent to event received)`
		);
		await queue.cancel();

		// Who may do what: a member, the supporter who reported, a moderator of another organisation, the
		// organisation's coordinator, an instance admin (before and after escalation).
		const member = await signUpForApi('Membre');
		await joinDemoGem(member.token, []);
		const alix = await apiToken('Alix');
		const other = (await callApi(alix, 'POST', '/api/v1/organisations', {
			name: `Autre GEM ${randomUUID().slice(0, 8)}`,
			kind: 'gem',
			joinPolicy: 'request',
			charter: 'Respect, confidentialité, bienveillance entre pairs.'
		})) as { slug: string };
		const outsider = await signUpForApi('Veilleur');
		const joined = (await callApi(outsider.token, 'POST', `/api/v1/organisations/${other.slug}/memberships`, {
			acceptCharter: true
		})) as { membershipId: string };
		const membership = `/api/v1/organisations/${other.slug}/members/${joined.membershipId}`;
		await callApi(alix, 'PATCH', membership, { status: 'active' });
		await callApi(alix, 'PATCH', membership, { role: 'moderator' });

		const detail = `/api/v1/moderation/reports/${filed.id}`;
		const decide = `${detail}/decision`;
		const warn = {
			action: 'warn',
			ground: 'harassment',
			statement: 'Menace de divulgation : avertissement.'
		};
		const matrix: Array<[string, string, number, number, number]> = [
			// who, token, queue, detail, decision
			// Moderation does not exist for people who moderate nothing: 404, never 403.
			['member', member.token, 404, 404, 404],
			['reporting supporter', sacha, 404, 404, 404],
			['moderator of another organisation', outsider.token, 200, 404, 404]
		];
		// (Alix, the demo's instance admin, also coordinates the GEM: "an admin does not read an
		// organisation's queue" is covered by src/core/moderation tests with an admin outside it.)
		for (const [who, token, queueStatus, detailStatus, decisionStatus] of matrix) {
			expect(await apiStatus(token, 'GET', '/api/v1/moderation/reports'), who).toBe(queueStatus);
			expect(await apiStatus(token, 'GET', detail), who).toBe(detailStatus);
			expect(await apiStatus(token, 'POST', decide, warn), who).toBe(decisionStatus);
		}
		expect(await apiStatus(member.token, 'GET', '/api/v1/moderation/events')).toBe(404);
		// The pages answer like the API (the session cookie carries the same token).
		for (const path of ['/moderation', `/moderation/${filed.id}`]) {
			const page = await fetch(new URL(path, baseUrl()), {
				headers: { cookie: `ep_session=${member.token}` },
				redirect: 'manual'
			});
			await page.arrayBuffer();
			expect(page.status, path).toBe(404);
		}
		expect(await apiStatus(louise, 'GET', detail)).toBe(200);
		// Suspension is the platform's decision: the organisation escalates.
		expect(await apiStatus(louise, 'POST', decide, { ...warn, action: 'suspend', suspendDays: 7 })).toBe(403);
		expect(await apiStatus(louise, 'POST', decide, { ...warn, statement: 'court' })).toBe(400);
		await callApi(louise, 'POST', decide, {
			action: 'escalate',
			ground: 'harassment',
			statement: 'Menaces répétées : nous demandons une suspension.'
		});
		expect(await apiStatus(louise, 'GET', detail)).toBe(404);
		expect(await apiStatus(alix, 'GET', detail)).toBe(200);

		// The reported person is reading their conversation live when the suspension lands.
		const stream = await openStream(reported.token, `/api/v1/conversations/${conversationId}/events`);
		await stream.arrival('retry:');
		const decisionSentAt = performance.now();
		await callApi(alix, 'POST', decide, {
			action: 'suspend',
			ground: 'harassment',
			statement: 'Menaces de divulgation envers un pair-aidant : suspension de 7 jours.',
			suspendDays: 7
		});
		const decidedAt = performance.now();
		await Promise.race([stream.done, new Promise((resolve) => setTimeout(resolve, 5_000))]);
		expect(stream.endedAt(), 'the stream ended').not.toBeNull();
		console.info(
			`suspension → open event stream closed: ${Math.round(stream.endedAt()! - decisionSentAt)} ms after the decision was sent (its answer took ${Math.round(decidedAt - decisionSentAt)} ms)`
		);
		expect(await apiStatus(reported.token, 'GET', '/api/v1/me')).toBe(401);
		const signIn = await fetch(new URL('/api/v1/session', baseUrl()), {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ pseudonym: reported.pseudonym, password: 'une phrase de passe solide' })
		});
		expect(signIn.status).toBe(403);
		expect(((await signIn.json()) as { title: string }).title).toContain('Menaces de divulgation');
		const sachaRecord = (await callApi(sacha, 'GET', '/api/v1/me/moderation')) as {
			reports: Array<{ id: string; outcome: string }>;
		};
		expect(sachaRecord.reports.find((report) => report.id === filed.id)!.outcome).toBe('suspend');
	});
});
