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

/**
 * The member behind `token` writes to Sacha, who reports the message; Louise (coordinator of the GEM)
 * hides it with a statement of reasons. Returns the decision, the message and its marker.
 */
async function hiddenMessageOf(token: string) {
	const conversationId = await conversationWithSacha(token);
	const marker = newPseudonym('Blague');
	await callApi(token, 'POST', `/api/v1/conversations/${conversationId}/messages`, {
		messageId: randomUUID(),
		body: `${marker} : tu me dois 50 euros, ha ha !`
	});
	const sacha = await apiToken('Sacha');
	const page = (await callApi(sacha, 'GET', `/api/v1/conversations/${conversationId}/messages`)) as {
		messages: Array<{ id: string; mine: boolean }>;
	};
	const messageId = page.messages.find((message) => !message.mine)!.id;
	const report = (await callApi(sacha, 'POST', '/api/v1/reports', {
		subjectKind: 'message',
		subjectId: messageId,
		reason: 'scam_money'
	})) as { id: string };
	const statement = `Demande d’argent (${marker}) : contraire à la charte du GEM.`;
	const { decisionId } = (await callApi(
		await apiToken('Louise'),
		'POST',
		`/api/v1/moderation/reports/${report.id}/decision`,
		{ action: 'hide_content', ground: 'scam_money', statement }
	)) as { decisionId: string };
	return { conversationId, marker, statement, decisionId };
}

const REASON = 'C’était une plaisanterie entre nous, Sacha le savait : je ne demande pas d’argent.';

describe.each(JS_MODES)('appeals (%s)', (_mode, javaScriptEnabled) => {
	it('the author contests a hidden message, another coordinator reverses it, the message is back', async () => {
		const author = await newPage(browser(), javaScriptEnabled);
		await signUp(author.page);
		const authorToken = await sessionOf(author.page);
		const { conversationId, marker, statement, decisionId } = await hiddenMessageOf(authorToken);

		await author.page.goto('/compte/moderation');
		const decision = author.page.locator(`[data-decision="${decisionId}"]`);
		await expect.poll(() => decision.textContent()).toContain(statement);
		// Who will review, before the person writes anything.
		expect(await decision.textContent()).toContain(
			'Une autre personne de l’équipe de modération de GEM Les Traboules relira la décision. Ce ne sera pas la personne qui a décidé.'
		);
		await expectAccessible(author.page);
		await decision.getByText('Contester cette décision', { exact: true }).click();
		const reason = decision.getByLabel(/Pourquoi contestez-vous/);
		await reason.fill('Trop court.');
		await submit(author.page, 'Envoyer ma contestation');
		await eventually(
			() => author.page.locator(`[data-decision="${decisionId}"]`).textContent(),
			(text) => expect(text).toContain('Écrivez entre 20 et 2\u202f000 caractères.')
		);
		await expectAccessible(author.page);
		await author.page
			.locator(`[data-decision="${decisionId}"]`)
			.getByLabel(/Pourquoi contestez-vous/)
			.fill(REASON);
		await submit(author.page, 'Envoyer ma contestation');
		await expect
			.poll(() => author.page.getByRole('status').first().textContent())
			.toContain('Votre contestation est envoyée');
		await eventually(
			() => author.page.locator(`[data-decision="${decisionId}"]`).textContent(),
			(text) => expect(text).toContain('Votre contestation est en cours d’examen.')
		);
		await expectAccessible(author.page);
		const { appeals } = (await callApi(authorToken, 'GET', '/api/v1/me/moderation')) as {
			appeals: Array<{ id: string; status: string }>;
		};
		const appealId = appeals[0]!.id;
		// Louise decided: she does not review it.
		const louise = (await callApi(await apiToken('Louise'), 'GET', '/api/v1/moderation/appeals')) as {
			items: Array<{ id: string }>;
		};
		expect(louise.items.map((item) => item.id)).not.toContain(appealId);

		// Alix, the GEM's other coordinator, finds it in the queue's "Contestations" and reverses it.
		const reviewer = await newPage(browser(), javaScriptEnabled);
		await signIn(reviewer.page, 'Alix');
		await reviewer.page.goto('/moderation');
		const item = reviewer.page.locator(`[data-appeal="${appealId}"]`);
		await expect.poll(() => item.textContent()).toContain('Contestation\u202f: Masquer le contenu');
		await expectAccessible(reviewer.page);
		await item.getByRole('link').click();
		await expect.poll(() => reviewer.page.locator('h1').textContent()).toContain('Contestation');
		await expect.poll(() => reviewer.page.locator('main').textContent()).toContain(REASON);
		expect(await reviewer.page.locator('.excerpt').textContent()).toContain(marker);
		expect(await reviewer.page.locator('main').textContent()).toContain(statement);
		await expectAccessible(reviewer.page);
		await reviewer.page.getByLabel('Annuler la décision').check();
		await reviewer.page.getByLabel(/Exposé des motifs/).fill('court');
		await submit(reviewer.page, 'Enregistrer la réponse');
		await eventually(
			() => reviewer.page.locator('main').textContent(),
			(text) => expect(text).toContain('Écrivez les motifs\u202f: entre 20 et 2\u202f000 caractères.')
		);
		await expectAccessible(reviewer.page);
		const answer = `Après relecture (${marker}), c’était une plaisanterie entre les deux personnes.`;
		await reviewer.page.getByLabel('Annuler la décision').check();
		await reviewer.page.getByLabel(/Exposé des motifs/).fill(answer);
		await submit(reviewer.page, 'Enregistrer la réponse');
		await expect
			.poll(() => reviewer.page.getByRole('status').first().textContent())
			.toContain('Réponse enregistrée.');
		await expectAccessible(reviewer.page);

		// The author reads the answer, sees the decision reversed, and the message is visible again.
		await author.page.goto('/compte/moderation');
		await expect
			.poll(() => author.page.locator(`[data-decision="${decisionId}"]`).textContent())
			.toContain('Décision annulée le');
		const main = await author.page.locator('main').textContent();
		expect(main).toContain('Réponse\u202f: la décision est annulée.');
		expect(main).toContain(answer);
		await expectAccessible(author.page);
		await author.page.goto(`/conversations/${conversationId}`);
		await expect.poll(() => author.page.locator('main').textContent()).toContain(marker);
		expect(await author.page.locator('main').textContent()).not.toContain(
			'Message masqué par la modération.'
		);
		for (const page of [author, reviewer]) await page.context.close();
	});

	it('a suspended person contests from the sign-in refusal, with their password again', async () => {
		const reported = await signUpForApi('Suspendu');
		await joinDemoGem(reported.token, []);
		const reporter = await signUpForApi('Temoin');
		await joinDemoGem(reporter.token, []);
		const report = (await callApi(reporter.token, 'POST', '/api/v1/reports', {
			subjectKind: 'profile',
			subjectId: reported.accountId,
			reason: 'harassment'
		})) as { id: string };
		const decide = `/api/v1/moderation/reports/${report.id}/decision`;
		await callApi(await apiToken('Louise'), 'POST', decide, {
			action: 'escalate',
			ground: 'harassment',
			statement: 'Messages insistants répétés : nous demandons une suspension.'
		});
		const alix = await apiToken('Alix');
		const statement = `Messages insistants envers ${reporter.pseudonym} : suspension de 7 jours.`;
		await callApi(alix, 'POST', decide, {
			action: 'suspend',
			ground: 'harassment',
			statement,
			suspendDays: 7
		});

		const { page, context } = await newPage(browser(), javaScriptEnabled);
		const signInAs = async () => {
			await page.goto('/connexion');
			await page.getByLabel(/^Pseudonyme/).fill(reported.pseudonym);
			await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
			await submit(page, 'Me connecter');
		};
		await signInAs();
		await expect.poll(() => page.getByRole('alert').textContent()).toContain(statement);
		await expect.poll(() => page.locator('main').textContent()).toContain('Contester la suspension');
		await expectAccessible(page);

		// Without the right password, nothing is filed.
		expect(await page.locator('#appeal-pseudonym').inputValue()).toBe(reported.pseudonym);
		await page.locator('#appeal-password').fill('pas le bon mot de passe');
		await page.locator('#appeal-reason').fill(REASON);
		await submit(page, 'Envoyer ma contestation');
		await expect.poll(() => page.locator('h1').textContent()).toBe('Contester une suspension');
		await expect
			.poll(() => page.getByRole('alert').textContent())
			.toContain('Pseudonyme ou mot de passe incorrect.');
		await expectAccessible(page);
		await signInAs();
		await expect.poll(() => page.locator('main').textContent()).toContain('Contester la suspension');
		expect(await page.locator('main').textContent()).not.toContain('en cours d’examen');

		await page.locator('#appeal-password').fill(PASSWORD);
		await page.locator('#appeal-reason').fill(REASON);
		await submit(page, 'Envoyer ma contestation');
		await expect
			.poll(() => page.getByRole('status').first().textContent())
			.toContain('Votre contestation est envoyée.');
		await expectAccessible(page);
		await signInAs();
		await expect
			.poll(() => page.locator('main').textContent())
			.toContain('Votre contestation est en cours d’examen.');
		await expectAccessible(page);

		// The platform reviews it (Alix suspended, and is the only admin here: nobody else can).
		const { items } = (await callApi(alix, 'GET', '/api/v1/moderation/appeals')) as {
			items: Array<{ id: string; action: string }>;
		};
		let appealId: string | undefined;
		for (const item of items.filter((entry) => entry.action === 'suspend')) {
			const detail = (await callApi(alix, 'GET', `/api/v1/moderation/appeals/${item.id}`)) as {
				appeal: { appellant: string; reason: string };
			};
			if (detail.appeal.appellant === reported.pseudonym) appealId = item.id;
		}
		expect(appealId, 'the appeal reached the platform team').toBeDefined();
		expect(await apiStatus(await apiToken('Louise'), 'GET', `/api/v1/moderation/appeals/${appealId}`)).toBe(
			404
		);
		await callApi(alix, 'POST', `/api/v1/moderation/appeals/${appealId}/decision`, {
			outcome: 'reversed',
			statement: 'Après relecture des messages, la suspension était trop lourde : elle est levée.'
		});
		await signIn(page, reported.pseudonym, PASSWORD);
		await page.goto('/compte/moderation');
		await expect
			.poll(() => page.locator('main').textContent())
			.toContain('la suspension était trop lourde : elle est levée.');
		await expectAccessible(page);
		await context.close();
	});
});

describe('appeals API', () => {
	it('answers 201, 400, 404 and 409 like the rest of the moderation API', async () => {
		const author = await signUpForApi('Auteur');
		const { decisionId } = await hiddenMessageOf(author.token);
		const stranger = await signUpForApi('Inconnu');
		const appealPath = `/api/v1/me/moderation/decisions/${decisionId}/appeal`;
		expect(await apiStatus(stranger.token, 'POST', appealPath, { reason: REASON })).toBe(404);
		expect(await apiStatus(author.token, 'POST', appealPath, { reason: 'court' })).toBe(400);
		expect(await apiStatus(author.token, 'POST', appealPath, { reason: REASON })).toBe(201);
		expect(await apiStatus(author.token, 'POST', appealPath, { reason: REASON })).toBe(409);
		expect(await apiStatus(author.token, 'GET', '/api/v1/moderation/appeals')).toBe(404);

		const alix = await apiToken('Alix');
		const louise = await apiToken('Louise');
		const { appeals } = (await callApi(author.token, 'GET', '/api/v1/me/moderation')) as {
			appeals: Array<{ id: string }>;
		};
		const detail = `/api/v1/moderation/appeals/${appeals[0]!.id}`;
		for (const [who, token] of [
			['author', author.token],
			['stranger', stranger.token],
			['the coordinator who decided', louise]
		] as const) {
			expect(await apiStatus(token, 'GET', detail), who).toBe(404);
			expect(
				await apiStatus(token, 'POST', `${detail}/decision`, { outcome: 'upheld', statement: REASON }),
				who
			).toBe(404);
		}
		expect(await apiStatus(alix, 'GET', detail)).toBe(200);
		expect(
			await apiStatus(alix, 'POST', `${detail}/decision`, { outcome: 'upheld', statement: 'court' })
		).toBe(400);
		expect(
			await apiStatus(alix, 'POST', `${detail}/decision`, { outcome: 'upheld', statement: REASON })
		).toBe(201);
		expect(
			await apiStatus(alix, 'POST', `${detail}/decision`, { outcome: 'reversed', statement: REASON })
		).toBe(409);
		const record = (await callApi(author.token, 'GET', '/api/v1/me/moderation')) as {
			appeals: Array<{ id: string; status: string; statement: string }>;
		};
		expect(record.appeals[0]).toMatchObject({ status: 'upheld', statement: REASON });
	});
});
