import { describe, expect, it } from 'vitest';
import {
	buildAccount,
	contextFor,
	fixedClock,
	PASSWORD,
	uniquePseudonym
} from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { resolveSession } from './sessions';
import { signIn } from './sign-in';
import { signOutEverywhere } from './sign-out';
import { changePassword } from './change-password';

const db = useTestDatabase();

describe('signIn', () => {
	it('signs in with a folded pseudonym and rotates the previous session', async () => {
		const person = await buildAccount(db());
		const first = await signIn(contextFor(db(), null), { pseudonym: person.pseudonym, password: PASSWORD });
		const second = await signIn(contextFor(db(), null), {
			pseudonym: `  ${person.pseudonym.toUpperCase()} `,
			password: PASSWORD,
			previousToken: first.token
		});
		expect(second.accountId).toBe(person.accountId);
		expect(await resolveSession(db(), first.token, new Date())).toBeNull();
		expect(await resolveSession(db(), second.token, new Date())).not.toBeNull();
	});

	it('answers an unknown pseudonym exactly like a wrong password', async () => {
		const person = await buildAccount(db());
		const wrongPassword = await signIn(contextFor(db(), null), {
			pseudonym: person.pseudonym,
			password: 'mauvais mot de passe'
		}).catch((error) => error);
		const unknown = await signIn(contextFor(db(), null), {
			pseudonym: uniquePseudonym(),
			password: 'mauvais mot de passe'
		}).catch((error) => error);
		expect(wrongPassword).toMatchObject({ code: 'INVALID', messageKey: 'error.signInFailed', fields: [] });
		expect(unknown).toMatchObject({ code: 'INVALID', messageKey: 'error.signInFailed', fields: [] });
	});

	it('slows down repeated failures on one pseudonym, even with the right password, then lets it through later', async () => {
		const person = await buildAccount(db());
		const clock = fixedClock();
		const ctx = contextFor(db(), null, { clock, ip: '192.0.2.10' });
		for (let attempt = 0; attempt < 5; attempt++) {
			await expect(
				signIn(ctx, { pseudonym: person.pseudonym, password: 'mauvais mot de passe' })
			).rejects.toMatchObject({ code: 'INVALID' });
		}
		await expect(signIn(ctx, { pseudonym: person.pseudonym, password: PASSWORD })).rejects.toMatchObject({
			code: 'RATE_LIMITED',
			retryAfterSeconds: 1
		});
		clock.advance(2_000);
		await expect(signIn(ctx, { pseudonym: person.pseudonym, password: PASSWORD })).resolves.toMatchObject({
			accountId: person.accountId
		});
	});

	it('throttles an address that tries many pseudonyms', async () => {
		const clock = fixedClock();
		const ctx = contextFor(db(), null, { clock, ip: '198.51.100.7' });
		for (let attempt = 0; attempt < 20; attempt++) {
			await signIn(ctx, { pseudonym: uniquePseudonym(), password: 'devinette' }).catch(() => {});
		}
		const person = await buildAccount(db());
		await expect(signIn(ctx, { pseudonym: person.pseudonym, password: PASSWORD })).rejects.toMatchObject({
			code: 'RATE_LIMITED'
		});
		await expect(
			signIn(contextFor(db(), null, { clock, ip: '198.51.100.8' }), {
				pseudonym: person.pseudonym,
				password: PASSWORD
			})
		).resolves.toBeDefined();
	});
});

describe('sessions', () => {
	it('ends every session when signing out everywhere', async () => {
		const person = await buildAccount(db());
		const phone = await signIn(contextFor(db(), null), { pseudonym: person.pseudonym, password: PASSWORD });
		const laptop = await signIn(contextFor(db(), null), {
			pseudonym: person.pseudonym,
			password: PASSWORD,
			kind: 'api'
		});
		await signOutEverywhere(contextFor(db(), person));
		expect(await resolveSession(db(), phone.token, new Date())).toBeNull();
		expect(await resolveSession(db(), laptop.token, new Date())).toBeNull();
	});

	it('expires sessions after their lifetime', async () => {
		const person = await buildAccount(db());
		const session = await signIn(contextFor(db(), null), { pseudonym: person.pseudonym, password: PASSWORD });
		expect(
			await resolveSession(db(), session.token, new Date(Date.now() + 31 * 24 * 3600 * 1000))
		).toBeNull();
	});

	it('keeps the current session but closes the others when the password changes', async () => {
		const person = await buildAccount(db());
		const here = await signIn(contextFor(db(), null), { pseudonym: person.pseudonym, password: PASSWORD });
		const elsewhere = await signIn(contextFor(db(), null), {
			pseudonym: person.pseudonym,
			password: PASSWORD
		});
		await expect(
			changePassword(contextFor(db(), person), {
				currentPassword: 'pas le bon',
				newPassword: 'un nouveau secret'
			})
		).rejects.toMatchObject({ fields: [{ field: 'currentPassword', message: 'validation.password.wrong' }] });
		await changePassword(contextFor(db(), person), {
			currentPassword: PASSWORD,
			newPassword: 'un nouveau secret',
			currentToken: here.token
		});
		expect(await resolveSession(db(), here.token, new Date())).not.toBeNull();
		expect(await resolveSession(db(), elsewhere.token, new Date())).toBeNull();
		await expect(
			signIn(contextFor(db(), null), { pseudonym: person.pseudonym, password: 'un nouveau secret' })
		).resolves.toBeDefined();
	});
});
