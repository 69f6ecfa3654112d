import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	DEMO_RESPONSES_CONTRIBUTION_ID,
	DEMO_RESPONSES_TITLE
} from '../../src/demo/seed-demo-knowledge-responses';
import {
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	newPseudonym,
	settle,
	signIn,
	submit,
	useBrowser
} from './support/browser';

const browser = useBrowser();
const contribution = `/savoirs/${DEMO_RESPONSES_CONTRIBUTION_ID}`;
const mainText = (page: Page) => page.textContent('main');

describe.each(JS_MODES)('answering and revising knowledge (%s)', (_mode, javaScriptEnabled) => {
	it('a peer who lived it confirms with a nuance; another proposes a revision the author accepts', async () => {
		// Sacha lives with voices too, and shows it to the GEM's members: that experience can go with the answer.
		const reader = await newPage(browser(), javaScriptEnabled);
		await signIn(reader.page, 'Sacha');
		await reader.page.goto(`${contribution}/confirmations`);
		await expectAccessible(reader.page);
		expect(await mainText(reader.page)).toContain('Comme proche, j’ai tenu le carnet');
		expect(
			await reader.page.getByRole('link', { name: 'Signaler cette nuance' }).first().getAttribute('href')
		).toMatch(/^\/signaler\?type=confirmation&id=[0-9a-f-]{36}$/);
		await reader.page.getByLabel('Pour moi, c’était différent').check();
		await reader.page
			.getByLabel('Votre nuance')
			.fill('Le carnet m’a aidé, mais je le relisais avec un pair-aidant avant le rendez-vous.');
		await reader.page.getByLabel('Entente de voix').check();
		await submit(reader.page, /Enregistrer ma réponse|Modifier ma réponse/);
		await eventually(
			() => mainText(reader.page),
			(text) => {
				expect(text).toContain('Votre réponse est enregistrée.');
				// Sacha's demo account is new: the answer waits its seven days.
				expect(text).toContain('Elle comptera à partir du');
			}
		);
		expect(await reader.page.getByLabel('Entente de voix').isChecked()).toBe(true);
		await expectAccessible(reader.page);

		// Camille proposes a revision from the current text.
		const added = `Astuce ${newPseudonym('carnet')} : garder le carnet dans son sac.`;
		const proposer = await newPage(browser(), javaScriptEnabled);
		await signIn(proposer.page, 'Camille');
		await proposer.page.goto(`${contribution}/proposer`);
		await expectAccessible(proposer.page);
		const body = proposer.page.locator('#body');
		await body.fill(`${await body.inputValue()}\n\n${added}`);
		await proposer.page.getByLabel('Pourquoi cette révision').fill('Un détail pratique.');
		await submit(proposer.page, 'Envoyer la proposition');
		await proposer.page.waitForURL(`**${contribution}/propositions?envoyee*`);
		expect(await mainText(proposer.page)).toContain('Votre proposition est envoyée à l’auteur·e.');
		expect(await mainText(proposer.page)).toContain('Statut\u202f: en attente');
		await expectAccessible(proposer.page);

		// Louise, the author, sees what it changes and accepts it.
		const author = await newPage(browser(), javaScriptEnabled);
		await signIn(author.page, 'Louise');
		await author.page.goto(`${contribution}/propositions`);
		const proposal = author.page.locator('article', { hasText: added });
		expect(await proposal.locator('ins').textContent()).toContain('garder le carnet dans son sac');
		expect(await proposal.textContent()).toContain('Proposée par Camille');
		await expectAccessible(author.page);
		await settle(author.page, () => proposal.getByRole('button', { name: 'Accepter' }).click());
		await eventually(
			() => mainText(author.page),
			(text) =>
				expect(text).toMatch(
					/La proposition est acceptée\u202f: elle est maintenant la version \d+ du savoir\./
				)
		);
		expect(await author.page.title()).toContain(DEMO_RESPONSES_TITLE);

		await proposer.page.goto(`${contribution}/propositions`);
		expect(await mainText(proposer.page)).toContain('Statut\u202f: acceptée');
		for (const opened of [reader, proposer, author]) await opened.context.close();
	});
});
