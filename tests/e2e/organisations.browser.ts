import { describe, expect, it } from 'vitest';
import {
	expectAccessible,
	JS_MODES,
	newPage,
	newPseudonym,
	signIn,
	signUp,
	submit,
	useBrowser,
	eventually
} from './support/browser';

const browser = useBrowser();

describe.each(JS_MODES)('organisations (%s)', (_mode, javaScriptEnabled) => {
	it('lets a new member join an open organisation and see its member list', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		const pseudonym = await signUp(page);
		await page.goto('/organisations');
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Mains Tendues — pairs sourds' }).click();
		await page.waitForURL('**/organisations/mains-tendues');
		await expectAccessible(page);
		await submit(page, 'Rejoindre');
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Vous devez accepter la charte pour rejoindre.')
		);
		await page.getByRole('checkbox', { name: "J'ai lu la charte et je l'accepte" }).check();
		await submit(page, 'Rejoindre');
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Bienvenue\u202f! Vous êtes membre.')
		);
		await page.goto('/organisations/mains-tendues/membres');
		expect(await page.textContent('table')).toContain(pseudonym);
		await expectAccessible(page);
		await submit(page, 'Me masquer de la liste');
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Vous êtes masqué·e')
		);
		await context.close();
	});

	it('keeps a request pending until the coordinator approves it', async () => {
		const member = await newPage(browser(), javaScriptEnabled);
		const pseudonym = await signUp(member.page, newPseudonym('Demande'));
		await member.page.goto('/organisations/gem-les-traboules');
		await member.page.getByRole('checkbox', { name: "J'ai lu la charte et je l'accepte" }).check();
		await submit(member.page, 'Demander à rejoindre');
		await eventually(
			() => member.page.textContent('main'),
			(value) => expect(value).toContain('Demande envoyée.')
		);
		const refused = await member.page.goto('/organisations/gem-les-traboules/membres');
		expect(refused?.status()).toBe(404);

		const coordinator = await newPage(browser(), javaScriptEnabled);
		await signIn(coordinator.page, 'Louise');
		await coordinator.page.goto('/organisations/gem-les-traboules/gestion');
		await expectAccessible(coordinator.page);
		await submit(coordinator.page, `Accepter ${pseudonym}`);
		await eventually(
			() => coordinator.page.textContent('main'),
			(value) => expect(value).toContain('Modification enregistrée.')
		);
		await expectAccessible(coordinator.page);

		await member.page.goto('/organisations/gem-les-traboules/membres');
		expect(await member.page.textContent('table')).toContain(pseudonym);
		expect(await member.page.textContent('table')).not.toContain('Yanis');
		await member.context.close();
		await coordinator.context.close();
	});

	it('joins an invitation-only organisation through a link made by its coordinator', async () => {
		const coordinator = await newPage(browser(), javaScriptEnabled);
		await signIn(coordinator.page, 'Alix');
		await coordinator.page.goto('/organisations/paires-aura/gestion');
		await coordinator.page.getByLabel('Rôle donné').selectOption('peer_supporter');
		await submit(coordinator.page, 'Créer le lien');
		await eventually(
			() => coordinator.page.locator('#invitation-url').count(),
			(value) => expect(value).toBe(1)
		);
		const link = await coordinator.page.locator('#invitation-url').inputValue();
		await coordinator.context.close();

		const invited = await newPage(browser(), javaScriptEnabled);
		await signUp(invited.page);
		await invited.page.goto(link);
		await expectAccessible(invited.page);
		expect(await invited.page.textContent('main')).toContain('Pair-aidant·e');
		await invited.page.getByRole('checkbox', { name: "J'ai lu la charte et je l'accepte" }).check();
		await submit(invited.page, "Accepter l'invitation");
		await eventually(
			() => invited.page.url(),
			(value) => expect(value).toContain('/organisations/paires-aura')
		);
		await eventually(
			() => invited.page.textContent('main'),
			(value) => expect(value).toContain('Votre rôle\u202f: Pair-aidant·e')
		);
		await invited.context.close();
	});

	it('lets the instance admin create an organisation', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		await signIn(page, 'Alix');
		await page.goto('/admin');
		await expectAccessible(page);
		const name = `GEM ${newPseudonym('Essai')}`;
		await page.getByLabel('Nom', { exact: true }).fill(name);
		await page.getByLabel('Charte').fill('Ici, chacun·e parle en son nom et à partir de son expérience.');
		await submit(page, "Créer l'organisation");
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Organisation créée.')
		);
		await page.goto('/organisations');
		expect(await page.textContent('main')).toContain(name);
		await context.close();
	});

	it('hides the administration from members', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		await signIn(page, 'Camille');
		const response = await page.goto('/admin');
		expect(response?.status()).toBe(404);
		expect(await page.textContent('h1')).toBe('Page introuvable');
		await context.close();
	});
});
