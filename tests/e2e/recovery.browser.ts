import { describe, expect, it } from 'vitest';
import { signUpForApi } from './support/api';
import {
	baseUrl,
	emailsTo,
	eventually,
	expectAccessible,
	JS_MODES,
	newPage,
	PASSWORD,
	readRecoveryCodes,
	signIn,
	signUpWithCodes,
	submit,
	useBrowser,
	openHeaderMenu
} from './support/browser';

const browser = useBrowser();
const NEW_PASSWORD = 'mon nouveau mot de passe';

/** The recovery link in a raw email (quoted-printable may break long lines with "=\n"). */
function recoveryLink(raw: string): string {
	const unfolded = raw.replace(/=\r?\n/g, '');
	const match = /https?:\/\/[^\s]+\/connexion\/nouveau-mot-de-passe\/[A-Za-z0-9_-]+/.exec(unfolded);
	if (!match) throw new Error('no recovery link in the email');
	return match[0];
}

describe.each(JS_MODES)('account recovery (%s)', (_mode, javaScriptEnabled) => {
	it('shows 8 codes once after sign-up, then a code gets the person back in with a new password', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		const { pseudonym, codes } = await signUpWithCodes(page);
		// The codes page was passed; coming back shows no code.
		await page.goto('/compte/codes-de-recuperation');
		expect(await page.locator('ol.codes').count()).toBe(0);
		expect(await page.textContent('main')).toContain('Ces codes ont déjà été affichés.');
		await expectAccessible(page);

		await openHeaderMenu(page);
		await submit(page, 'Se déconnecter');
		await page.goto('/connexion');
		await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
		await page.waitForLoadState('load');
		await expectAccessible(page);
		await page.getByRole('link', { name: 'J’ai un code de récupération' }).click();
		await page.waitForLoadState('load');
		await expectAccessible(page);

		await page.getByLabel(/^Votre pseudonyme/).fill(pseudonym);
		await page.getByLabel(/^Un de vos codes/).fill('AAAA-BBBB-CCCC');
		await page.getByLabel(/^Nouveau mot de passe/).fill(NEW_PASSWORD);
		await submit(page, 'Changer le mot de passe et me connecter');
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Ce pseudonyme et ce code ne vont pas ensemble')
		);
		// The server never sends the code back (with JavaScript, the field simply keeps what was typed).
		if (!javaScriptEnabled) expect(await page.getByLabel(/^Un de vos codes/).inputValue()).toBe('');
		await expectAccessible(page);

		await page.getByLabel(/^Un de vos codes/).fill(codes[2]!.toLowerCase());
		await page.getByLabel(/^Nouveau mot de passe/).fill(NEW_PASSWORD);
		await submit(page, 'Changer le mot de passe et me connecter');
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Codes encore utilisables\u202f: 7 sur 8.')
		);
		expect(await page.textContent('header')).toContain(pseudonym);
		await expectAccessible(page);

		// Renewing asks for the (new) password and shows 8 new codes once.
		await page.getByLabel(/^Votre mot de passe, pour confirmer/).fill(NEW_PASSWORD);
		await submit(page, 'Créer de nouveaux codes');
		const renewed = await readRecoveryCodes(page);
		expect(renewed.some((code) => codes.includes(code))).toBe(false);
		await expectAccessible(page);
		await page.getByRole('link', { name: 'J’ai noté mes codes' }).click();
		await eventually(
			() => page.textContent('main'),
			(value) => expect(value).toContain('Codes encore utilisables\u202f: 8 sur 8.')
		);
		await context.close();
	});

	it('states what is kept and for how long, and what easy-read text exists today', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		await page.goto('/confidentialite');
		const privacy = await page.textContent('main');
		for (const fact of [
			'7, 30, 90 jours',
			'12 mois après la décision',
			'Conservé 12 mois',
			'au plus tard une heure après la dernière tentative',
			'au bout de 60 minutes',
			'30 jours après la dernière utilisation'
		])
			expect(privacy).toContain(fact);
		await expectAccessible(page);
		await page.goto('/accessibilite');
		expect(await page.textContent('main')).toContain('Facile à lire et à comprendre');
		await expectAccessible(page);
		await context.close();
	});

	it('sends a single-use link by email, with the same answer for an unknown pseudonym', async () => {
		const { context, page } = await newPage(browser(), javaScriptEnabled);
		const { pseudonym } = await signUpWithCodes(page, undefined, { withEmail: true });
		const address = `${pseudonym.toLowerCase()}@example.org`;
		await openHeaderMenu(page);
		await submit(page, 'Se déconnecter');

		await page.goto('/connexion/mot-de-passe-oublie');
		await page.getByLabel(/^Votre pseudonyme ou votre adresse e-mail/).fill('Personne-Inconnue');
		await submit(page, 'Envoyer le lien');
		const unknownAnswer = await page.textContent('main');
		expect(unknownAnswer).toContain('Si un compte correspond');

		await page.getByLabel(/^Votre pseudonyme ou votre adresse e-mail/).fill(pseudonym);
		await submit(page, 'Envoyer le lien');
		expect(await page.textContent('main')).toBe(unknownAnswer);
		await expectAccessible(page);

		let link = '';
		await eventually(
			() => emailsTo(address),
			(emails) => {
				expect(emails).toHaveLength(1);
				link = recoveryLink(emails[0]!);
			}
		);
		await page.goto(link);
		expect(await page.textContent('main')).toContain(`Pour le compte «\u202f${pseudonym}\u202f»`);
		await expectAccessible(page);
		await page.getByLabel(/^Nouveau mot de passe/).fill(NEW_PASSWORD);
		await submit(page, 'Enregistrer et me connecter');
		await eventually(
			() => page.textContent('header'),
			(value) => expect(value).toContain(pseudonym)
		);

		// Used once: the same link no longer works.
		await page.goto(link);
		expect(await page.textContent('main')).toContain('Ce lien ne fonctionne plus');
		await expectAccessible(page);

		await openHeaderMenu(page);
		await submit(page, 'Se déconnecter');
		await signIn(page, pseudonym, NEW_PASSWORD);
		await context.close();
	});
});

describe('account recovery through the API', () => {
	async function post(path: string, body: unknown, token?: string) {
		const response = await fetch(new URL(path, baseUrl()), {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				// Its own (pretend) address, so other journeys' requests do not share its buckets.
				'x-entrepairs-test-client': '203.0.113.77',
				...(token ? { authorization: `Bearer ${token}` } : {})
			},
			body: JSON.stringify(body)
		});
		return { status: response.status, body: (await response.json()) as Record<string, unknown> };
	}

	it('renews codes, recovers with one, and answers the same for any identifier', async () => {
		const { pseudonym, token } = await signUpForApi('Recup');
		const renewed = await post('/api/v1/me/recovery-codes', { password: PASSWORD }, token);
		expect(renewed.status).toBe(201);
		const codes = renewed.body.codes as string[];
		expect(codes).toHaveLength(8);

		const wrong = await post('/api/v1/recovery/code', {
			pseudonym,
			code: 'AAAA-BBBB-CCCC',
			newPassword: NEW_PASSWORD
		});
		const unknown = await post('/api/v1/recovery/code', {
			pseudonym: `${pseudonym}-inconnu`,
			code: 'AAAA-BBBB-CCCC',
			newPassword: NEW_PASSWORD
		});
		expect(wrong).toEqual(unknown);
		expect(wrong.status).toBe(400);

		const recovered = await post('/api/v1/recovery/code', {
			pseudonym,
			code: codes[0],
			newPassword: NEW_PASSWORD
		});
		expect(recovered.status).toBe(201);
		expect(recovered.body.pseudonym).toBe(pseudonym);
		// The old token was closed with every other session.
		const me = await fetch(new URL('/api/v1/me', baseUrl()), {
			headers: { authorization: `Bearer ${token}` }
		});
		expect(me.status).toBe(401);

		for (const identifier of [pseudonym, 'personne@example.org']) {
			expect(await post('/api/v1/recovery/email', { identifier })).toEqual({
				status: 202,
				body: { accepted: true }
			});
		}
	});
});
