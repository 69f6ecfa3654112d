import { describe, expect, it } from 'vitest';
import {
	baseUrl,
	distinctClientAddress,
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
const fetchFeed = (url: string) => fetch(url, { headers: distinctClientAddress() });

describe.each(JS_MODES)('my calendar (%s)', (_mode, javaScriptEnabled) => {
	it('creates a private feed shown once, which answers until it is revoked, and keeps my choices', async () => {
		const { page } = await newPage(browser(), javaScriptEnabled);
		await signUp(page, newPseudonym('Agenda'));
		await page.goto('/compte');
		await page.getByRole('link', { name: 'Mon agenda et mes séances' }).click();
		await page.waitForURL('**/compte/agenda');
		expect(await page.textContent('main')).toContain('Vous n’êtes inscrit·e à aucune séance à venir.');
		await expectAccessible(page);

		await submit(page, 'Créer une adresse d’agenda');
		const address = page.getByLabel('Adresse de l’agenda');
		await eventually(
			() => address.inputValue(),
			(value) => expect(value).toMatch(/\/agenda\/[A-Za-z0-9_-]{43}\.ics$/)
		);
		const feedUrl = await address.inputValue();
		await expectAccessible(page);
		const feed = await fetchFeed(feedUrl);
		expect(feed.status).toBe(200);
		expect(feed.headers.get('content-type')).toContain('text/calendar');
		expect(feed.headers.get('cache-control')).toContain('no-store');
		expect(await feed.text()).toContain('BEGIN:VCALENDAR');
		// Shown once: a reload no longer has it.
		await page.reload();
		expect(await page.getByLabel('Adresse de l’agenda').count()).toBe(0);
		expect(await page.content()).not.toContain(feedUrl);

		await submit(page, 'Révoquer cette adresse');
		await eventually(
			() => page.textContent('main'),
			(text) => expect(text).toContain('Adresse révoquée')
		);
		expect(await page.textContent('main')).toContain('Révoquée le');
		await expectAccessible(page);
		expect((await fetchFeed(feedUrl)).status).toBe(404);

		const discreet = page.getByRole('checkbox', { name: /Mode discret/ });
		await discreet.check();
		await submit(page, 'Enregistrer mes choix');
		await eventually(
			() => page.textContent('main'),
			(text) => expect(text).toContain('Vos choix sont enregistrés.')
		);
		await page.reload();
		expect(await page.getByRole('checkbox', { name: /Mode discret/ }).isChecked()).toBe(true);
		// Reminders go by email: an account without one is told so, and cannot choose them.
		await page.getByRole('checkbox', { name: /rappel par e-mail/ }).check();
		await submit(page, 'Enregistrer mes choix');
		await eventually(
			() => page.textContent('main'),
			(text) => expect(text).toContain('ajoutez d’abord une adresse e-mail')
		);
		await expectAccessible(page);
	});

	it('erases my attendance history only once I confirm', async () => {
		const { page } = await newPage(browser(), javaScriptEnabled);
		await signUp(page, newPseudonym('Presence'));
		await page.goto('/compte/agenda');
		await submit(page, 'Effacer mon historique de présence');
		await eventually(
			() => page.textContent('main'),
			(text) => expect(text).toContain('Cochez la case pour confirmer l’effacement.')
		);
		await expectAccessible(page);
		await page.getByRole('checkbox', { name: /Je confirme/ }).check();
		await submit(page, 'Effacer mon historique de présence');
		await eventually(
			() => page.textContent('main'),
			(text) => expect(text).toContain('Rien à effacer.')
		);
		expect(await page.textContent('main')).toContain('Aucune présence notée.');
		await expectAccessible(page);
	});

	// Needs the demo's sessions (seeded by the sessions part of issue 11: "Groupe de parole du mardi",
	// weekly, facilitated by Sacha). Until that seed is merged, the programme links no session and this
	// journey has nothing to open: it says so and stops.
	it('lets the facilitator open the attendance page of a demo session, and nobody else', async () => {
		const { page } = await newPage(browser(), javaScriptEnabled);
		await signIn(page, 'Sacha');
		await page.goto('/organisations/gem-les-traboules');
		const link = page.locator('a[href^="/seances/"]').first();
		if ((await link.count()) === 0) {
			console.warn('calendars journey: no demo session to open (needs the sessions seed)');
			return;
		}
		const occurrencePath = (await link.getAttribute('href'))!.match(/^\/seances\/[0-9a-f-]{36}/)![0];
		const response = await page.goto(`${occurrencePath}/presences`);
		expect(response?.status()).toBe(200);
		expect(await page.textContent('h1')).toContain('Présences');
		await expectAccessible(page);
		if ((await page.getByRole('button', { name: 'Enregistrer les présences' }).count()) > 0) {
			await page.getByLabel('Personnes venues sans inscription (nombre)').fill('2');
			await submit(page, 'Enregistrer les présences');
			await eventually(
				() => page.textContent('main'),
				(text) => expect(text).toContain('Présences enregistrées.')
			);
			await expectAccessible(page);
		} else {
			expect(await page.textContent('main')).toMatch(/pas encore commencé|annulée/);
		}
		const file = await page.request.get(`${baseUrl()}${occurrencePath}/calendrier.ics`);
		expect(file.status()).toBe(200);
		expect(file.headers()['content-type']).toContain('text/calendar');

		const { page: stranger } = await newPage(browser(), javaScriptEnabled);
		await signUp(stranger, newPseudonym('Curieux'));
		const refused = await stranger.goto(`${occurrencePath}/presences`);
		expect(refused?.status()).toBe(404);
	});
});
