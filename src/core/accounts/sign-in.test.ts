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
import { purgeFullBuckets } from '../shared';

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

	it('slows down repeated failures from one address on one pseudonym, then lets the right password through', async () => {
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
			retryAfterSeconds: 180
		});
		clock.advance(180_000);
		await expect(signIn(ctx, { pseudonym: person.pseudonym, password: PASSWORD })).resolves.toMatchObject({
			accountId: person.accountId
		});
	});

	it('throttles an address that tries many pseudonyms, not the people elsewhere', async () => {
		const clock = fixedClock();
		const ctx = contextFor(db(), null, { clock, ip: '198.51.100.7' });
		for (let attempt = 0; attempt < 30; attempt++) {
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

	it('never lets the right password through after the limit when 60 attempts from 6 addresses arrive at once', async () => {
		const person = await buildAccount(db());
		const clock = fixedClock();
		const attempts = Array.from({ length: 60 }, (_, index) =>
			signIn(contextFor(db(), null, { clock, ip: `192.0.2.${100 + (index % 6)}` }), {
				pseudonym: person.pseudonym,
				password: index === 59 ? PASSWORD : `mauvais ${index}`
			}).then(
				() => 'signed-in',
				(error: { code: string }) => error.code
			)
		);
		const outcomes = await Promise.all(attempts);
		const checked = outcomes.filter((outcome) => outcome !== 'RATE_LIMITED');
		// The pseudonym's bucket holds 10 attempts whatever the address: no more passwords are ever checked.
		expect(checked.length).toBeLessThanOrEqual(10);
		expect(outcomes.filter((outcome) => outcome === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(50);
	});

	it('does not lock the real person out when a guesser spreads a few attempts an hour over many addresses', async () => {
		const person = await buildAccount(db());
		const clock = fixedClock();
		for (let hour = 0; hour < 6; hour++) {
			for (let attempt = 0; attempt < 9; attempt++) {
				await signIn(contextFor(db(), null, { clock, ip: `203.0.113.${hour * 10 + attempt}` }), {
					pseudonym: person.pseudonym,
					password: 'devinette'
				}).catch(() => {});
			}
			clock.advance(15 * 60_000);
			await expect(
				signIn(contextFor(db(), null, { clock, ip: '192.0.2.200' }), {
					pseudonym: person.pseudonym,
					password: PASSWORD
				})
			).resolves.toMatchObject({ accountId: person.accountId });
			clock.advance(45 * 60_000);
		}
	});

	it('forgets failures with time: the buckets refill and their rows are purged', async () => {
		const person = await buildAccount(db());
		const clock = fixedClock();
		const ctx = contextFor(db(), null, { clock, ip: '192.0.2.77' });
		for (let attempt = 0; attempt < 5; attempt++) {
			await signIn(ctx, { pseudonym: person.pseudonym, password: 'typo' }).catch(() => {});
		}
		clock.advance(16 * 60_000);
		expect(await purgeFullBuckets(db(), clock.now())).toBeGreaterThanOrEqual(3);
		await expect(signIn(ctx, { pseudonym: person.pseudonym, password: PASSWORD })).resolves.toBeDefined();
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
