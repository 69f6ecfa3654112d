import { describe, expect, it } from 'vitest';
import {
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	newPseudonym,
	signIn,
	submit,
	useBrowser
} from './support/browser';

const browser = useBrowser();
const mainText = (page: import('playwright-core').Page) => page.textContent('main');

describe.each(JS_MODES)('the vocabulary of experiences (%s)', (_mode, javaScriptEnabled) => {
	it('a coordinator proposes an experience; the admin approves, renames, then merges it', async () => {
		const label = newPseudonym('Hyperacousie');
		const coordinator = await newPage(browser(), javaScriptEnabled);
		await signIn(coordinator.page, 'Louise');
		await coordinator.page.goto('/organisations/gem-les-traboules/gestion');
		await coordinator.page.getByRole('link', { name: 'Proposer une expérience qui manque' }).click();
		await coordinator.page.waitForURL(/\/vocabulaire$/);
		await expectAccessible(coordinator.page);
		// A label that is too short is explained, and what was typed stays.
		await coordinator.page.getByLabel('Nom en français').fill('H');
		await coordinator.page.getByLabel('Catégorie').selectOption({ label: 'Handicap sensoriel' });
		await coordinator.page.getByLabel(/^Autres mots/).fill('sensibilité aux sons, bruit');
		await submit(coordinator.page, 'Envoyer la proposition');
		await eventually(
			() => mainText(coordinator.page),
			(text) => expect(text).toContain('Écrivez un nom de 2 à 80 caractères.')
		);
		await expectAccessible(coordinator.page);
		expect(await coordinator.page.getByLabel(/^Autres mots/).inputValue()).toBe(
			'sensibilité aux sons, bruit'
		);
		await coordinator.page.getByLabel('Nom en français').fill(label);
		await coordinator.page.getByLabel('Catégorie').selectOption({ label: 'Handicap sensoriel' });
		await submit(coordinator.page, 'Envoyer la proposition');
		await eventually(
			() => mainText(coordinator.page),
			(text) => expect(text).toContain('Proposition envoyée.')
		);
		expect(await mainText(coordinator.page)).toContain(`${label} — en attente`);

		// The admin sees it with who proposed it, and approves it.
		const admin = await newPage(browser(), javaScriptEnabled);
		await signIn(admin.page, 'Alix');
		await admin.page.goto('/admin');
		await admin.page.getByRole('link', { name: /^Vocabulaire des expériences/ }).click();
		await admin.page.waitForURL(/\/admin\/vocabulaire$/);
		const proposal = admin.page.locator('section[aria-labelledby="pending"] li').filter({ hasText: label });
		expect(await proposal.textContent()).toContain('Proposée par Louise');
		await expectAccessible(admin.page);
		await submit(admin.page, `Approuver « ${label} »`);
		await eventually(
			() => mainText(admin.page),
			(text) => expect(text).toContain('Expérience approuvée')
		);

		// It is now in the list: the admin gives it its English name.
		await admin.page.getByRole('link', { name: `Modifier « ${label} »` }).click();
		await admin.page.waitForURL(/\?entree=/);
		await expectAccessible(admin.page);
		await admin.page.getByLabel('Nom en anglais').fill('Hyperacusis');
		await submit(admin.page, 'Enregistrer les noms');
		await eventually(
			() => mainText(admin.page),
			(text) => expect(text).toContain('Noms enregistrés.')
		);

		// It turns out to duplicate an existing entry: merged, it disappears from the list.
		await admin.page.getByLabel('Fusionner dans').selectOption({ label: 'Handicap sensoriel › Surdité' });
		await submit(admin.page, 'Fusionner');
		await eventually(
			() => mainText(admin.page),
			(text) =>
				expect(text).toContain(
					'Fusion faite. Rattachés\u202f: moins de 5 profils, moins de 5 offres et moins de 5 demandes'
				)
		);
		await expectAccessible(admin.page);
		expect(await admin.page.locator('section[aria-labelledby="entries"]').textContent()).not.toContain(label);

		await coordinator.page.goto('/vocabulaire');
		expect(await mainText(coordinator.page)).toContain(`${label} — fusionnée avec une autre expérience`);
		// Governing the vocabulary is for instance admins only: the page does not exist for others.
		const refused = await coordinator.page.goto('/admin/vocabulaire');
		expect(refused?.status()).toBe(404);
		await coordinator.context.close();
		await admin.context.close();
	});

	it('does not let a member without a coordinating role propose', async () => {
		const member = await newPage(browser(), javaScriptEnabled);
		await signIn(member.page, 'Camille');
		const response = await member.page.goto('/vocabulaire');
		expect(response?.status()).toBe(403);
		await expectAccessible(member.page);
		await member.context.close();
	});
});
