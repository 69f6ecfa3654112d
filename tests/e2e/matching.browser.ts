import { describe, expect, it } from 'vitest';
import {
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	signIn,
	signUp,
	submit,
	useBrowser
} from './support/browser';
import { joinDemoGemWithExperiences } from './support/api';

const browser = useBrowser();

const mainText = (page: import('playwright-core').Page) => page.textContent('main');

describe.each(JS_MODES)('finding a peer (%s)', (_mode, javaScriptEnabled) => {
	it('matches a member with a supporter who lived it too; both accept; the member ends the accompaniment', async () => {
		// The supporter states what they accompany.
		const supporter = await newPage(browser(), javaScriptEnabled);
		await signIn(supporter.page, 'Sacha');
		await supporter.page.goto('/espace-pair-aidant');
		await expectAccessible(supporter.page);
		await supporter.page.getByRole('checkbox', { name: 'Entente de voix', exact: true }).check();
		await supporter.page.getByRole('checkbox', { name: 'Messages écrits', exact: true }).check();
		// Room for both journeys (JavaScript on and off) and the demo, whatever the order.
		await supporter.page.getByLabel('Nombre maximum d’accompagnements en même temps').fill('6');
		// The week is a grid of day parts, not codes to type; and a few words to introduce oneself.
		await supporter.page
			.getByRole('group', { name: /^mardi$/i })
			.getByRole('checkbox', { name: 'après-midi' })
			.check();
		await supporter.page
			.getByRole('group', { name: /^jeudi$/i })
			.getByRole('checkbox', { name: 'soir' })
			.check();
		await supporter.page
			.getByRole('group', { name: /^samedi$/i })
			.getByRole('checkbox', { name: 'matin' })
			.uncheck();
		const introduction = `J’écoute sans juger (${_mode}).`;
		await supporter.page.getByLabel('Ma présentation (facultatif)').fill(introduction);
		// With JavaScript, Enter in a field saves the offer (the experience search's button comes first).
		if (javaScriptEnabled)
			await supporter.page.getByLabel('Nombre maximum d’accompagnements en même temps').press('Enter');
		else await submit(supporter.page, 'Enregistrer mon offre');
		await eventually(
			() => mainText(supporter.page),
			(text) => expect(text).toContain('Offre enregistrée.')
		);
		await expectAccessible(supporter.page);
		// Post/Redirect/Get: what is on screen is a GET, a reload posts nothing again.
		if (!javaScriptEnabled) {
			await supporter.page.reload();
			expect(await mainText(supporter.page)).not.toContain('Offre enregistrée.');
		}
		await supporter.page.goto('/espace-pair-aidant');
		await expect(supporter.page.getByLabel('Ma présentation (facultatif)').inputValue()).resolves.toBe(
			introduction
		);
		await expect(
			supporter.page
				.getByRole('group', { name: /^jeudi$/i })
				.getByRole('checkbox', { name: 'soir' })
				.isChecked()
		).resolves.toBe(true);

		// A new member of the GEM hears voices and lives with a bipolar disorder, which they keep to themselves.
		const member = await newPage(browser(), javaScriptEnabled);
		const pseudonym = await signUp(member.page);
		await joinDemoGemWithExperiences(member.page, [
			{
				experienceId: 'troubles-psychiques/entente-de-voix',
				detail: 'Depuis quelques années, surtout le soir.',
				visibility: 'my_supporters'
			},
			{ experienceId: 'troubles-psychiques/trouble-bipolaire', visibility: 'only_me' }
		]);

		// They ask for help and see why Sacha is proposed, without what Sacha keeps private.
		await member.page.goto('/trouver-un-pair');
		await expectAccessible(member.page);
		// The profile's experiences come ticked; the member narrows the request to hearing voices.
		await member.page.getByRole('checkbox', { name: 'Trouble bipolaire', exact: true }).uncheck();
		await expect(
			member.page.getByRole('checkbox', { name: 'Entente de voix', exact: true }).isChecked()
		).resolves.toBe(true);
		await submit(member.page, 'Continuer');
		await expectAccessible(member.page);
		await member.page
			.getByLabel('Ce que j’espère (facultatif)')
			.fill('Parler avec quelqu’un qui vit la même chose.');
		await submit(member.page, 'Voir les pair-aidant·es');
		await member.page.waitForURL(/\/trouver-un-pair\/[0-9a-f-]{36}$/);
		await eventually(
			() => mainText(member.page),
			(text) => expect(text).toContain('A vécu aussi\u202f: Entente de voix')
		);
		// Before asking: Sacha's own words and usual times.
		const card = await mainText(member.page);
		expect(card).toContain(introduction);
		expect(card).toContain(
			'Généralement disponible\u202f: le mardi de 12\u00a0h à 18\u00a0h, le jeudi de 18\u00a0h à 22\u00a0h'
		);
		await expectAccessible(member.page);
		await submit(member.page, 'Demander le contact avec Sacha');
		await eventually(
			() => mainText(member.page),
			(text) => expect(text).toContain('Demande envoyée à Sacha.')
		);

		// The supporter sees only what the member shares with supporters, and accepts.
		await supporter.page.goto('/espace-pair-aidant');
		const request = () =>
			supporter.page
				.locator('section[aria-labelledby="requests"] li.card')
				.filter({ hasText: `Demande de ${pseudonym}` })
				.textContent();
		await eventually(request, (text) => expect(text).toContain(`Demande de ${pseudonym}`));
		const shown = await request();
		expect(shown).toContain('Parler avec quelqu’un qui vit la même chose.');
		expect(shown).toContain('Depuis quelques années, surtout le soir.');
		expect(shown).not.toContain('Trouble bipolaire');
		await expectAccessible(supporter.page);
		await submit(supporter.page, `Accepter la demande de ${pseudonym}`);
		await supporter.page.waitForURL(/\/accompagnements\/[0-9a-f-]{36}$/);
		await eventually(
			() => mainText(supporter.page),
			(text) => expect(text).toContain('Contact ouvert le')
		);
		await expectAccessible(supporter.page);

		// Both see the opened accompaniment; the member ends it, without having to say why.
		await member.page.goto('/trouver-un-pair');
		await member.page.getByRole('link', { name: 'Avec Sacha (pair-aidant·e)' }).first().click();
		await member.page.waitForURL(/\/accompagnements\/[0-9a-f-]{36}$/);
		await eventually(
			() => mainText(member.page),
			(text) => expect(text).toContain(`Entre ${pseudonym} et Sacha`)
		);
		expect(await mainText(member.page)).toContain('Contact ouvert le');
		await expectAccessible(member.page);
		await submit(member.page, 'Terminer l’accompagnement');
		await eventually(
			() => mainText(member.page),
			(text) => expect(text).toContain('Accompagnement terminé')
		);
		await expectAccessible(member.page);

		await supporter.page.goto('/espace-pair-aidant');
		expect(await supporter.page.locator('section[aria-labelledby="current"]').textContent()).not.toContain(
			pseudonym
		);
		await member.context.close();
		await supporter.context.close();
	}, 240_000); // both sides, each page audited, on a busy two-core machine

	it('offers the crisis lines, to the person only, when their request may signal a crisis', async () => {
		const member = await newPage(browser(), javaScriptEnabled);
		await signUp(member.page);
		await joinDemoGemWithExperiences(member.page, [
			{ experienceId: 'troubles-psychiques/entente-de-voix', visibility: 'only_me' }
		]);
		await member.page.goto('/trouver-un-pair');
		await submit(member.page, 'Continuer');
		const panel = member.page.getByRole('complementary', {
			name: 'Vous traversez peut-être un moment très dur'
		});
		await member.page
			.getByLabel('Ce que j’espère (facultatif)')
			.fill('Les voix me disent de me tuer et je n’en peux plus.');
		if (javaScriptEnabled) {
			// As they type: before anything is sent.
			await eventually(
				() => panel.count(),
				(count) => expect(count).toBe(1)
			);
			await expectAccessible(member.page);
		}
		await submit(member.page, 'Voir les pair-aidant·es');
		await member.page.waitForURL(/\/trouver-un-pair\/[0-9a-f-]{36}\?soutien$/);
		// The request went through: matches are there, with the crisis lines above them.
		expect(await mainText(member.page)).toContain('Sacha');
		expect(await panel.textContent()).toContain('3114');
		await expectAccessible(member.page);
		await member.context.close();
	}, 120_000); // two steps and two audits on a busy two-core machine
});
