import { describe, expect, it } from 'vitest';
import {
	expectAccessible,
	JS_MODES,
	newPage,
	signUp,
	submit,
	useBrowser,
	eventually
} from './support/browser';

const browser = useBrowser();

describe.each(JS_MODES)('experience profile (%s)', (_mode, javaScriptEnabled) => {
	it('builds a profile with mixed visibilities and shows exactly what each audience sees', async () => {
		const owner = await newPage(browser(), javaScriptEnabled);
		const ownerPseudonym = await signUp(owner.page);
		// Both join the same open organisation, so they are "members of my organisations" for each other.
		const join = async (page: typeof owner.page) => {
			await page.goto('/organisations/mains-tendues');
			await page.getByRole('checkbox', { name: "J'ai lu la charte et je l'accepte" }).check();
			await submit(page, 'Rejoindre');
			await eventually(
				() => page.textContent('main'),
				(value) => expect(value).toContain('Bienvenue')
			);
		};
		await join(owner.page);

		await owner.page.goto('/profil');
		await expectAccessible(owner.page);
		// Search folds accents and knows synonyms.
		await owner.page.getByLabel(/^Chercher dans la liste/).fill('entendeur');
		await submit(owner.page, 'Chercher');
		await eventually(
			() => owner.page.locator('#experienceId option').count(),
			(value) => expect(value).toBe(1)
		);
		await owner.page.locator('#detail').fill('Depuis mes vingt ans');
		await owner.page.getByLabel('Les membres de mes organisations').check();
		await submit(owner.page, 'Ajouter à mon profil');
		await eventually(
			() => owner.page.textContent('main'),
			(value) => expect(value).toContain('Profil enregistré.')
		);

		await owner.page.goto('/profil?q=surdite');
		await owner.page.locator('#detail').fill('Un secret bien gardé');
		await submit(owner.page, 'Ajouter à mon profil');
		await eventually(
			() => owner.page.textContent('main'),
			(value) => expect(value).toContain('Un secret bien gardé')
		);
		await expectAccessible(owner.page);

		await owner.page.getByRole('link', { name: 'Les membres de mes organisations' }).click();
		await eventually(
			() => owner.page.textContent('main'),
			(value) => expect(value).toContain('Voici exactement ce que voit')
		);
		expect(await owner.page.textContent('main')).toContain('Depuis mes vingt ans');
		expect(await owner.page.textContent('main')).not.toContain('Un secret bien gardé');
		await expectAccessible(owner.page);
		await owner.page.getByRole('link', { name: 'Un visiteur non connecté' }).click();
		await eventually(
			() => owner.page.textContent('main'),
			(value) => expect(value).toContain('Cette personne ne voit aucune de vos expériences.')
		);

		const colleague = await newPage(browser(), javaScriptEnabled);
		await signUp(colleague.page);
		await join(colleague.page);
		await colleague.page.goto('/organisations/mains-tendues/membres');
		await colleague.page.getByRole('link', { name: ownerPseudonym }).click();
		await eventually(
			() => colleague.page.textContent('h1'),
			(value) => expect(value).toContain(ownerPseudonym)
		);
		const seen = await colleague.page.textContent('main');
		expect(seen).toContain('Entente de voix');
		expect(seen).toContain('Depuis mes vingt ans');
		expect(seen).not.toContain('Un secret bien gardé');
		await expectAccessible(colleague.page);
		await owner.context.close();
		await colleague.context.close();
	});
});
