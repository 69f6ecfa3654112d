import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeMessageTable } from '../../scripts/route-messages';
import { CORE_JOURNEY_ROUTES } from '../../src/i18n/core-journeys';
import { fr } from '../../src/i18n/fr';
import { frFalc } from '../../src/i18n/fr-falc';
import { pictogramFor } from '../../src/lib/components/layout/page-pictograms';
import {
	baseUrl,
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
import {
	accompanimentWithSacha,
	apiToken,
	callApi,
	joinDemoGemWithExperiences,
	signUpForApi
} from './support/api';

const browser = useBrowser();
type Page = import('playwright-core').Page;

const mainText = (page: Page) => page.textContent('main');
/** The pictogram drawn before the page's title (a CSS mask: see src/lib/styles/reading.css). */
const titlePictogram = (page: Page) =>
	page.evaluate(() => {
		const style = getComputedStyle(document.querySelector('main h1')!, '::before');
		return style.getPropertyValue('mask-image') || style.getPropertyValue('-webkit-mask-image');
	});
/** The pictograms before the section headings that name one (data-pictogram), as drawn. */
const headingPictograms = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('main h2[data-pictogram]')].map((heading) => {
			const style = getComputedStyle(heading, '::before');
			return style.getPropertyValue('mask-image') || style.getPropertyValue('-webkit-mask-image');
		})
	);
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

/**
 * The easy-read texts each core-journey route's own keys have (those that differ from standard French and
 * hold no placeholder): a page in easy-read shows at least one of them.
 */
function easyTextsByRoute(): Map<string, string[]> {
	const table = routeMessageTable('src');
	const easy = frFalc as Record<string, string | undefined>;
	const standard = fr as Record<string, string>;
	return new Map(
		CORE_JOURNEY_ROUTES.map((route) => [
			route,
			(table[route] ?? [])
				.filter((key) => easy[key] && easy[key] !== standard[key] && !easy[key].includes('{'))
				.map((key) => easy[key]!)
		])
	);
}

describe('every core-journey page in easy-read', () => {
	let invitationLink = '';
	let easyTexts: Map<string, string[]>;
	beforeAll(async () => {
		easyTexts = easyTextsByRoute();
		// An invitation link to the demo's invitation-only organisation (viewing it spends no use).
		const coordinator = await newPage(browser(), false);
		await signIn(coordinator.page, 'Alix');
		await coordinator.page.goto('/organisations/paires-aura/gestion');
		await submit(coordinator.page, 'Créer le lien');
		invitationLink = await coordinator.page.locator('#invitation-url').inputValue();
		await coordinator.context.close();
	});

	it.each(JS_MODES)(
		'shows its easy-read text and pictograms, passes axe and fits 320 px (%s)',
		async (_mode, javaScriptEnabled) => {
			// A person with an accompaniment with Sacha, a plan shared with Sacha and by a link.
			const person = await signUpForApi('Facile');
			const { accompanimentId, conversationId, helpRequestId } = await accompanimentWithSacha(person.token);
			await callApi(person.token, 'PUT', '/api/v1/me/plan', { whatHelps: 'Marcher le long du canal.' });
			await callApi(person.token, 'POST', '/api/v1/me/plan/shares', { kind: 'supporter', accompanimentId });
			const link = (await callApi(person.token, 'POST', '/api/v1/me/plan/shares', {
				kind: 'link',
				recipientName: 'Élise',
				days: 2
			})) as { url: string };
			const sacha = await apiToken('Sacha');
			const { groups } = (await callApi(sacha, 'GET', '/api/v1/organisations/gem-les-traboules/groups')) as {
				groups: Array<{ id: string; title: string }>;
			};
			const groupId = groups.find((group) => group.title === 'Groupe de parole du mardi')!.id;
			const { occurrences } = (await callApi(sacha, 'GET', `/api/v1/groups/${groupId}/sessions?limit=1`)) as {
				occurrences: Array<{ id: string }>;
			};

			// One browser, in easy-read at 320 px: a visitor first, then the person, then Sacha.
			const { context, page } = await newPage(browser(), javaScriptEnabled);
			await context.addCookies([{ name: 'ep_falc', value: 'on', url: baseUrl() }]);
			await page.setViewportSize({ width: 320, height: 640 });
			const signInAs = (token: string) =>
				context.addCookies([{ name: 'ep_session', value: token, url: baseUrl() }]);
			const visited: string[] = [];
			let sectionPictograms = 0;
			const visit = async (route: (typeof CORE_JOURNEY_ROUTES)[number], path: string) => {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(200);
				expect(await page.getAttribute('html', 'data-easy-read'), path).toBe('on');
				const shown = (await mainText(page))!.replace(/\s+/g, ' ');
				const texts = easyTexts.get(route)!;
				expect(
					texts.some((text) => shown.includes(text.replace(/\s+/g, ' '))),
					`${path} shows one of its easy-read texts: ${texts.slice(0, 3).join(' | ')}`
				).toBe(true);
				if (pictogramFor(route)) expect(await titlePictogram(page), path).toContain('/pictograms/');
				const headings = await headingPictograms(page);
				for (const mask of headings) expect(mask, path).toContain('/pictograms/');
				sectionPictograms += headings.length;
				expect(await sidewaysScroll(page), `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
				await expectAccessible(page);
				visited.push(route);
			};

			await visit('/(public)', '/');
			await visit('/(public)/inscription', '/inscription');
			await visit('/(public)/connexion', '/connexion');
			await visit('/(public)/invitation/[token]', new URL(invitationLink).pathname);
			await visit('/(public)/organisations', '/organisations');
			await visit('/(public)/organisations/[slug]', '/organisations/gem-les-traboules');
			await visit('/(public)/urgence', '/urgence');
			await visit('/(public)/preferences', '/preferences');
			await visit('/(public)/plan-partage/[token]', new URL(link.url).pathname);
			await visit('/(public)/confidentialite', '/confidentialite');

			await signInAs(person.token);
			await visit('/(member)/profil', '/profil');
			await visit('/(member)/trouver-un-pair', '/trouver-un-pair');
			await visit('/(member)/trouver-un-pair/[helpRequestId]', `/trouver-un-pair/${helpRequestId}`);
			await visit('/(member)/conversations', '/conversations');
			await visit('/(member)/conversations/[conversationId]', `/conversations/${conversationId}`);
			await visit('/(member)/organisations/[slug]/groupes', '/organisations/gem-les-traboules/groupes');
			await visit('/(member)/groupes/[groupId]', `/groupes/${groupId}`);
			await visit('/(public)/seances/[occurrenceId]', `/seances/${occurrences[0]!.id}`);
			await visit('/(member)/compte', '/compte');
			await visit('/(member)/compte/supprimer', '/compte/supprimer');
			await visit('/(member)/mon-plan', '/mon-plan');
			await visit('/(member)/mon-plan/modifier', '/mon-plan/modifier');
			await visit('/(member)/mon-plan/partage', '/mon-plan/partage');
			await visit('/(member)/mon-plan/versions', '/mon-plan/versions');
			// The printed plan speaks as the page does: in easy-read.
			const pdf = await page.request.get('/mon-plan/plan.pdf');
			expect((await PDFDocument.load(await pdf.body())).getTitle()).toBe(
				'Mon plan pour les moments difficiles'
			);

			await signInAs(sacha);
			await visit(
				'/(member)/accompagnements/[accompanimentId]/plan',
				`/accompagnements/${accompanimentId}/plan`
			);

			// Every core-journey route was walked (the root layout, '', is on every page).
			expect(visited.sort()).toEqual(CORE_JOURNEY_ROUTES.filter((route) => route !== '').sort());
			expect(sectionPictograms, 'section headings with a pictogram').toBeGreaterThanOrEqual(20);
			await context.close();
		},
		180_000
	);
});
