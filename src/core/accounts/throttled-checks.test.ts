import { count, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	buildAccount,
	contextFor,
	fixedClock,
	PASSWORD,
	uniquePseudonym
} from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { accounts } from '../../db/schema';
import { deleteAccount } from '../my-data';
import { changePassword } from './change-password';
import { signIn } from './sign-in';
import { signUp } from './sign-up';
import { PASSWORD_CHECK_RULE, SIGN_UP_RULE } from './throttle-policy';

const db = useTestDatabase();

/** Settles every call and counts what they ended with: 'ok' or the error's code. */
async function tally(calls: Array<Promise<unknown>>) {
	const results = await Promise.all(
		calls.map((call) =>
			call.then(
				() => 'ok',
				(error: { code?: string }) => error.code ?? String(error)
			)
		)
	);
	return results.reduce<Record<string, number>>((counts, result) => {
		counts[result] = (counts[result] ?? 0) + 1;
		return counts;
	}, {});
}

const newAccount = (ip: string, pseudonym = uniquePseudonym(), clock = fixedClock(new Date())) =>
	signUp(contextFor(db(), null, { ip, clock }), { pseudonym, password: PASSWORD, consent: true });

describe('sign-up throttled per address', () => {
	it('creates 10 accounts of 30 signed up at once from one address; another address is not held back', async () => {
		const clock = fixedClock(new Date());
		const pseudonyms = Array.from({ length: 30 }, () => uniquePseudonym());
		const outcome = await tally(pseudonyms.map((pseudonym) => newAccount('192.0.2.31', pseudonym, clock)));
		expect(outcome).toEqual({ ok: SIGN_UP_RULE.capacity, RATE_LIMITED: 30 - SIGN_UP_RULE.capacity });
		const [created] = await db()
			.select({ value: count() })
			.from(accounts)
			.where(inArray(accounts.pseudonym, pseudonyms));
		expect(created?.value).toBe(SIGN_UP_RULE.capacity);
		await expect(newAccount('192.0.2.32', uniquePseudonym(), clock)).resolves.toMatchObject({
			token: expect.any(String)
		});
	});

	it('counts attempts on taken pseudonyms too, so sign-up cannot be used to probe which ones exist', async () => {
		const clock = fixedClock(new Date());
		const existing = await buildAccount(db());
		const probes = await tally(
			Array.from({ length: 30 }, () => newAccount('192.0.2.33', existing.pseudonym, clock))
		);
		expect(probes).toEqual({ INVALID: SIGN_UP_RULE.capacity, RATE_LIMITED: 30 - SIGN_UP_RULE.capacity });
		await expect(newAccount('192.0.2.33', uniquePseudonym(), clock)).rejects.toMatchObject({
			code: 'RATE_LIMITED',
			messageKey: 'error.signUpThrottled',
			params: { seconds: 360 }
		});
		clock.advance(360_000);
		await expect(newAccount('192.0.2.33', uniquePseudonym(), clock)).resolves.toBeDefined();
	});
});

describe('password checks throttled per account', () => {
	it('checks 5 of 30 wrong current passwords sent at once to password change and deletion', async () => {
		const person = await buildAccount(db());
		const ctx = contextFor(db(), person, { clock: fixedClock(new Date()) });
		const guesses = Array.from({ length: 30 }, (_, index) =>
			index % 2
				? changePassword(ctx, { currentPassword: `devinette ${index}`, newPassword: 'un autre mot de passe' })
				: deleteAccount(ctx, { password: `devinette ${index}` })
		);
		expect(await tally(guesses)).toEqual({
			INVALID: PASSWORD_CHECK_RULE.capacity,
			RATE_LIMITED: 30 - PASSWORD_CHECK_RULE.capacity
		});
		// Even the right password waits: the guesser cannot tell it apart.
		await expect(deleteAccount(ctx, { password: PASSWORD })).rejects.toMatchObject({
			code: 'RATE_LIMITED',
			messageKey: 'error.passwordCheckThrottled'
		});
		// Signing in is another bucket: the person can still sign in.
		await expect(
			signIn(contextFor(db(), null), { pseudonym: person.pseudonym, password: PASSWORD })
		).resolves.toMatchObject({ accountId: person.accountId });
	});

	it('gives the token back on a right password, and forgets failures with time', async () => {
		const person = await buildAccount(db());
		const clock = fixedClock(new Date());
		const ctx = contextFor(db(), person, { clock });
		for (let attempt = 0; attempt < PASSWORD_CHECK_RULE.capacity - 1; attempt++) {
			await expect(
				changePassword(ctx, { currentPassword: 'faute de frappe', newPassword: 'un autre mot de passe' })
			).rejects.toMatchObject({ code: 'INVALID' });
		}
		// One token left; the right password takes it and gives it back.
		await changePassword(ctx, { currentPassword: PASSWORD, newPassword: 'un autre mot de passe' });
		await expect(
			changePassword(ctx, { currentPassword: 'faute de frappe', newPassword: 'encore un autre' })
		).rejects.toMatchObject({ code: 'INVALID' });
		await expect(
			changePassword(ctx, { currentPassword: 'un autre mot de passe', newPassword: 'encore un autre' })
		).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 180 });
		clock.advance(180_000);
		await expect(
			changePassword(ctx, { currentPassword: 'un autre mot de passe', newPassword: 'encore un autre' })
		).resolves.toBeUndefined();
	});
});
