import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accounts, sessions } from '../../db/schema';
import { contextFor, uniquePseudonym } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { CONSENT_VERSION } from './consent';
import { resolveSession } from './sessions';
import { signUp } from './sign-up';

const db = useTestDatabase();

describe('signUp', () => {
	it('creates a pseudonymous account with recorded consent, an argon2id hash and an open session', async () => {
		const pseudonym = uniquePseudonym();
		const result = await signUp(contextFor(db(), null), {
			pseudonym,
			password: 'une phrase de passe',
			consent: true
		});
		const [account] = await db().select().from(accounts).where(eq(accounts.id, result.accountId));
		expect(account).toMatchObject({ pseudonym, email: null, consentVersion: CONSENT_VERSION });
		expect(account!.passwordHash).toMatch(/^\$argon2id\$/);
		expect(account!.consentedAt).toBeInstanceOf(Date);
		const session = await resolveSession(db(), result.token, new Date());
		expect(session?.actor.pseudonym).toBe(pseudonym);
		const [stored] = await db().select().from(sessions).where(eq(sessions.accountId, result.accountId));
		expect(stored!.tokenHash).not.toBe(result.token);
	});

	it('refuses a pseudonym that reads like an existing one, with the same message as a reserved word', async () => {
		const pseudonym = uniquePseudonym('Colibri');
		await signUp(contextFor(db(), null), { pseudonym, password: 'une phrase de passe', consent: true });
		const lookAlike = pseudonym.toUpperCase().replace('O', '0');
		const taken = signUp(contextFor(db(), null), {
			pseudonym: lookAlike,
			password: 'une phrase de passe',
			consent: true
		});
		await expect(taken).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'pseudonym', message: 'validation.pseudonym.unavailable' }]
		});
		const reserved = signUp(contextFor(db(), null), {
			pseudonym: 'Modérateur',
			password: 'une phrase de passe',
			consent: true
		});
		await expect(reserved).rejects.toMatchObject({
			fields: [{ field: 'pseudonym', message: 'validation.pseudonym.unavailable' }]
		});
	});

	it('accepts an email already used by someone else, so sign-up cannot probe for emails', async () => {
		const email = `${uniquePseudonym().toLowerCase()}@exemple.fr`;
		await signUp(contextFor(db(), null), {
			pseudonym: uniquePseudonym(),
			password: 'une phrase de passe',
			consent: true,
			email
		});
		await expect(
			signUp(contextFor(db(), null), {
				pseudonym: uniquePseudonym(),
				password: 'une phrase de passe',
				consent: true,
				email: email.toUpperCase()
			})
		).resolves.toBeDefined();
	});

	it('requires consent, a long enough password and a valid email, reporting each field', async () => {
		const attempt = signUp(contextFor(db(), null), {
			pseudonym: 'ab',
			password: 'court',
			email: 'pas-un-email',
			consent: false as unknown as true
		});
		await expect(attempt).rejects.toMatchObject({
			code: 'INVALID',
			fields: expect.arrayContaining([
				{ field: 'pseudonym', message: 'validation.pseudonym.length' },
				{ field: 'password', message: 'validation.password.length' },
				{ field: 'email', message: 'validation.email' },
				{ field: 'consent', message: 'validation.consent' }
			])
		});
	});

	it('rejects wrongly typed input without crashing', async () => {
		for (const input of [
			{},
			{ pseudonym: 42, password: ['x'], consent: 'yes' },
			{ pseudonym: 'a'.repeat(10_000), password: 'p'.repeat(10_000), consent: true }
		]) {
			await expect(signUp(contextFor(db(), null), input as never)).rejects.toMatchObject({ code: 'INVALID' });
		}
	});
});
