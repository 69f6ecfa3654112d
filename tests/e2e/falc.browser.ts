import { describe, expect, it } from 'vitest';
import {
	baseUrl,
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	newPseudonym,
	PASSWORD,
	signUp,
	submit,
	useBrowser
} from './support/browser';
import { joinDemoGemWithExperiences } from './support/api';

const browser = useBrowser();
type Page = import('playwright-core').Page;

const mainText = (page: Page) => page.textContent('main');
/** The pictogram drawn before the page's title (a CSS mask: see src/lib/styles/reading.css). */
const titlePictogram = (page: Page) =>
	page.evaluate(() => {
		const style = getComputedStyle(document.querySelector('main h1')!, '::before');
		return style.getPropertyValue('mask-image') || style.getPropertyValue('-webkit-mask-image');
	});
const sidewaysScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(JS_MODES)('easy-read, FALC (%s)', (_mode, javaScriptEnabled) => {
	it('a visitor switches to easy-read on the home page, signs up and finds a peer in easy-read', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		await page.goto('/');
		expect(await titlePictogram(page)).toBe('none');
		await submit(page, 'Passer en facile à lire');
		// Back on the home page, in easy-read: its words, its pictograms, and the way back.
		expect(new URL(page.url()).pathname).toBe('/');
		expect(await page.getAttribute('html', 'data-easy-read')).toBe('on');
		expect(await page.textContent('h1')).toBe('Entrepairs\u202f: parler entre pairs');
		expect(await mainText(page)).toContain('Un pseudonyme est un nom inventé.');
		expect(await titlePictogram(page)).toContain('/pictograms/home.svg');
		await expect(page.getByRole('button', { name: 'Revenir au texte habituel' }).isVisible()).resolves.toBe(
			true
		);
		// Read aloud: only with JavaScript, where the browser can speak.
		const readAloud = page.getByRole('button', { name: 'Lire la page à voix haute' });
		const canSpeak = javaScriptEnabled && (await page.evaluate(() => 'speechSynthesis' in window));
		await expect(readAloud.isVisible()).resolves.toBe(canSpeak);
		if (canSpeak) {
			await readAloud.click();
			await eventually(
				async () =>
					(await page.getByRole('button', { name: 'Arrêter la lecture' }).isVisible()) ||
					(await readAloud.isVisible()),
				(shown) => expect(shown).toBe(true)
			);
		}
		await expectAccessible(page);

		// Sign-up, in easy-read words, with its pictogram; the form is the same form.
		await page.getByRole('link', { name: 'Créer un compte' }).first().click();
		await page.waitForURL(/\/inscription$/);
		expect(await mainText(page)).toContain('Ne donnez pas votre vrai nom.');
		expect(await titlePictogram(page)).toContain('/pictograms/join.svg');
		await expectAccessible(page);
		const pseudonym = newPseudonym('Falc');
		await page.getByLabel(/^Pseudonyme/).fill(pseudonym);
		await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
		await page.getByLabel(/^Adresse e-mail, si vous voulez/).fill('pas-une-adresse@');
		await page.getByRole('checkbox', { name: /J’accepte qu’Entrepairs garde ce que j’écris/ }).check();
		await submit(page, 'Créer mon compte');
		// A refused field says so in easy-read too (the server's own texts follow the reader's choice).
		await eventually(
			() => mainText(page),
			(text) => expect(text).toContain('Cette adresse e-mail est fausse.')
		);
		await expectAccessible(page);
		await page.getByLabel(/^Adresse e-mail, si vous voulez/).fill('');
		await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
		await page.getByRole('checkbox', { name: /J’accepte/ }).check();
		await submit(page, 'Créer mon compte');
		await page.getByRole('link', { name: 'J’ai noté mes codes' }).click();
		await eventually(
			() => mainText(page),
			(text) => expect(text).toContain('Votre compte est prêt. Voici les étapes pour commencer.')
		);

		// Finding a peer: the same steps and buttons' effects, in easy-read words.
		await joinDemoGemWithExperiences(page, [
			{ experienceId: 'troubles-psychiques/entente-de-voix', visibility: 'my_supporters' }
		]);
		await page.goto('/trouver-un-pair');
		expect(await mainText(page)).toContain('1. Ce que vous vivez');
		expect(await titlePictogram(page)).toContain('/pictograms/peers.svg');
		await expectAccessible(page);
		await submit(page, 'Continuer');
		await eventually(
			() => mainText(page),
			(text) => expect(text).toContain('Vous cherchez une personne qui connaît')
		);
		await page.getByLabel(/^Ce que j’espère, si vous voulez/).fill('Parler avec quelqu’un.');
		await submit(page, 'Voir les pair-aidants');
		await page.waitForURL(/\/trouver-un-pair\/[0-9a-f-]{36}$/);
		await eventually(
			() => mainText(page),
			(text) => expect(text).toContain('A vécu aussi\u202f: Entente de voix')
		);
		await expectAccessible(page);
		await submit(page, /^Demander à parler avec /);
		await eventually(
			() => mainText(page),
			(text) => expect(text).toMatch(/Votre demande est envoyée à \S+\. Le site vous prévient/)
		);
		// The request is withdrawn again, so the demo's supporters keep their places for other journeys.
		await page.goto('/trouver-un-pair');
		await submit(page, /^Annuler ma demande à /);
		await eventually(
			() => mainText(page),
			(text) => expect(text).toContain('Votre demande est annulée.')
		);
		await expectAccessible(page);
		await context.close();
	}, 240_000);

	it('keeps the reading settings on the account, and fits 320 px at double text without scrolling sideways', async () => {
		// A member chooses, on the preferences page, easy-read and every text setting.
		const first = await newPage(browser(), javaScriptEnabled);
		const pseudonym = await signUp(first.page);
		await first.page.goto('/preferences');
		await expectAccessible(first.page);
		await first.page.getByRole('radio', { name: 'Facile à lire', exact: true }).check();
		await first.page.getByRole('radio', { name: 'Très très grande (double)' }).check();
		await first.page.getByRole('radio', { name: 'Large', exact: true }).check();
		await first.page.getByRole('radio', { name: /^Plus facile à lire/ }).check();
		await first.page.getByRole('radio', { name: /^Élevé/ }).check();
		await submit(first.page, 'Enregistrer');
		await eventually(
			() => mainText(first.page),
			(text) => expect(text).toContain('Vos choix sont enregistrés.')
		);
		await expectAccessible(first.page);
		await first.context.close();

		// On another device (no cookies), signing in brings them back: they were saved on the account.
		const second = await newPage(browser(), javaScriptEnabled);
		const response = await fetch(new URL('/connexion', baseUrl()), {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: baseUrl(), 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ pseudonym, password: PASSWORD })
		});
		const token = /ep_session=([^;]+)/.exec(response.headers.getSetCookie().join('\n'))?.[1];
		await second.context.addCookies([{ name: 'ep_session', value: token!, url: baseUrl() }]);
		await joinDemoGemWithExperiences(second.page, [
			{ experienceId: 'troubles-psychiques/entente-de-voix', visibility: 'only_me' }
		]);
		await second.page.setViewportSize({ width: 320, height: 640 });
		await second.page.goto('/trouver-un-pair');
		const html = second.page.locator('html');
		expect(await html.getAttribute('data-easy-read')).toBe('on');
		expect(await html.getAttribute('data-text-size')).toBe('largest');
		expect(await html.getAttribute('data-spacing')).toBe('wide');
		expect(await html.getAttribute('data-font')).toBe('readable');
		expect(await html.getAttribute('data-contrast')).toBe('high');
		expect(await sidewaysScroll(second.page)).toBeLessThanOrEqual(0);
		await expectAccessible(second.page);
		await second.context.close();

		// A visitor with the same settings in cookies: the home and sign-up pages fit too.
		const visitor = await newPage(browser(), javaScriptEnabled);
		await visitor.context.addCookies(
			Object.entries({ ep_falc: 'on', ep_text: 'largest', ep_spacing: 'wide', ep_font: 'readable' }).map(
				([name, value]) => ({ name, value, url: baseUrl() })
			)
		);
		await visitor.page.setViewportSize({ width: 320, height: 640 });
		for (const path of ['/', '/inscription']) {
			await visitor.page.goto(path);
			expect(await visitor.page.getAttribute('html', 'data-text-size')).toBe('largest');
			expect(await sidewaysScroll(visitor.page), path).toBeLessThanOrEqual(0);
			await expectAccessible(visitor.page);
		}
		await visitor.context.close();
	}, 180_000);
});
