import { describe, expect, it } from 'vitest';
import { accompanimentWithSacha, apiStatus, callApi, sessionOf } from './support/api';
import {
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	settle,
	signIn,
	signUp,
	submit,
	useBrowser
} from './support/browser';

const browser = useBrowser();
const HELPS = 'Marcher le long du canal, appeler ma sœur.';

describe.each(JS_MODES)('my plan (%s)', (_mode, javaScriptEnabled) => {
	it('is written, shared with the supporter and by a link, printed, revoked and (with JavaScript) read offline', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		const pseudonym = await signUp(page);
		const { accompanimentId, conversationId } = await accompanimentWithSacha(await sessionOf(page));

		// Nobody has a plan at first: the page says so and offers to write one.
		await page.goto('/mon-plan');
		await expectAccessible(page);
		await settle(page, () => page.getByRole('link', { name: 'Écrire mon plan' }).click());
		await page.getByLabel(/^Les signes que ça ne va pas/).fill('Je ne dors plus.');
		await page.getByLabel(/^Ce qui m’aide/).fill(HELPS);
		await page.locator('[name="contacts.0.name"]').fill('Élise');
		await page.locator('[name="contacts.0.phone"]').fill('06 12 34 56 78');
		await page.locator('[name="contacts.1.name"]').fill('Sans numéro');
		await submit(page, 'Enregistrer mon plan');
		// A contact without a number is explained on its field; what was typed stays.
		expect(await page.locator('[name="contacts.1.name"]').inputValue()).toBe('Sans numéro');
		await expectAccessible(page);
		await page.locator('[name="contacts.1.name"]').fill('');
		await submit(page, 'Enregistrer mon plan');
		expect(await page.textContent('main')).toContain('C’est la version 1');

		// Words that may signal a crisis bring the crisis lines to the writer, and now their plan: as they type
		// with JavaScript, after sending without.
		await page.goto(`/conversations/${conversationId}`);
		await page.getByLabel('Votre message').fill('Ce soir je n’en peux plus, j’ai envie d’en finir.');
		if (!javaScriptEnabled) await submit(page, 'Envoyer');
		await eventually(
			() => page.getByRole('link', { name: 'Ouvrir mon plan' }).count(),
			(count) => expect(count).toBe(1)
		);
		// So does the knowledge contribution form, where the panel appears as one types (JavaScript only).
		if (javaScriptEnabled) {
			await page.goto('/savoirs/nouveau');
			await page
				.getByLabel('Texte', { exact: true })
				.fill('Ce soir je n’en peux plus, j’ai envie d’en finir.');
			await eventually(
				() => page.locator('aside.crisis-panel').getByRole('link', { name: 'Ouvrir mon plan' }).count(),
				(count) => expect(count).toBe(1)
			);
		}

		// The supporter sees nothing until the person shares; then "Voir son plan", and the opening is logged.
		await page.goto('/mon-plan/partage');
		await expectAccessible(page);
		await submit(page, 'Partager avec Sacha');
		expect(await page.textContent('main')).toContain('Déjà partagé avec Sacha');
		const supporter = await newPage(browser(), javaScriptEnabled);
		await signIn(supporter.page, 'Sacha');
		await supporter.page.goto(`/accompagnements/${accompanimentId}`);
		await settle(supporter.page, () => supporter.page.getByRole('link', { name: 'Voir son plan' }).click());
		expect(await supporter.page.textContent('h1')).toBe(`Le plan de ${pseudonym}`);
		expect(await supporter.page.textContent('main')).toContain(HELPS);
		await expectAccessible(supporter.page);
		await supporter.context.close();
		await page.goto('/mon-plan/partage');
		expect(await page.textContent('main')).toMatch(/Sacha, le .* à /);

		// Printing: a PDF, not kept by any cache.
		for (const path of ['/mon-plan/plan.pdf', '/mon-plan/carte.pdf']) {
			const pdf = await page.request.get(path);
			expect(pdf.headers()['content-type']).toBe('application/pdf');
			expect(pdf.headers()['cache-control']).toContain('no-store');
			expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
		}

		// A secret link for a named person opens in another browser, until it is revoked: then 404.
		await page.getByLabel(/^Pour qui est ce lien/).fill('Dr Martin');
		await page.getByLabel(/^Pendant combien de jours/).fill('7');
		await submit(page, 'Créer le lien');
		const link = await page.locator('#plan-link').inputValue();
		expect(link).toMatch(/\/plan-partage\/[A-Za-z0-9_-]{43}$/);
		const other = await newPage(browser(), javaScriptEnabled);
		await other.page.goto(link);
		expect(await other.page.textContent('h1')).toBe(`Le plan de ${pseudonym}`);
		await expectAccessible(other.page);
		const linkShare = page.getByRole('listitem').filter({ hasText: 'Lien pour Dr Martin' });
		await settle(page, () => linkShare.getByRole('button', { name: 'Retirer ce partage' }).click());
		expect(await page.textContent('main')).toContain('Le partage est retiré.');
		expect((await other.page.goto(link))!.status()).toBe(404);
		await other.context.close();

		await page.goto('/mon-plan/versions');
		await expectAccessible(page);

		// The JSON API reads the same plan, its shares and the log; a link made there is revoked there.
		const token = await sessionOf(page);
		expect(await callApi(token, 'GET', '/api/v1/me/plan')).toMatchObject({ currentVersion: 1 });
		const { accesses } = (await callApi(token, 'GET', '/api/v1/me/plan/accesses')) as {
			accesses: Array<{ kind: string }>;
		};
		expect(accesses.map((access) => access.kind).sort()).toEqual(['link', 'supporter']);
		const made = (await callApi(token, 'POST', '/api/v1/me/plan/shares', {
			kind: 'link',
			recipientName: 'Élise',
			days: 2
		})) as { id: string; url: string };
		expect(await apiStatus(token, 'DELETE', `/api/v1/me/plan/shares/${made.id}`)).toBe(204);
		expect((await fetch(made.url)).status).toBe(404);

		// With JavaScript, the last version read stays readable offline on this device.
		await page.goto('/mon-plan');
		expect(await page.textContent('main')).toContain(HELPS);
		if (javaScriptEnabled) {
			await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
			await eventually(
				() => page.evaluate(async () => Boolean(await caches.match('/mon-plan'))),
				(kept) => expect(kept).toBe(true)
			);
			await context.setOffline(true);
			await page.reload({ waitUntil: 'domcontentloaded' });
			expect(await page.textContent('main')).toContain(HELPS);
			await context.setOffline(false);
		}

		// Quick exit asks the browser to clear what the site keeps (the offline copy included).
		const exit = await page.request.post('/sortie');
		expect(exit.headers()['clear-site-data']).toBe('"cache", "storage"');
		await context.close();
	});
});
