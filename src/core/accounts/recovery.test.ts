import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accounts, recoveryCodes, recoveryTokens } from '../../db/schema';
import { RecordingMailer } from '../../../tests/support/recording-mailer';
import {
	buildAccount,
	contextFor,
	fixedClock,
	PASSWORD,
	uniquePseudonym
} from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { issueRecoveryCodes } from './issue-recovery-codes';
import { readRecoveryLink } from './read-recovery-link';
import { recoverWithCode } from './recover-with-code';
import { recoverWithLink } from './recover-with-link';
import { renewRecoveryCodes } from './renew-recovery-codes';
import { requestRecoveryEmail } from './request-recovery-email';
import { resolveSession } from './sessions';
import { signIn } from './sign-in';

const db = useTestDatabase();
const NEW_PASSWORD = 'un tout nouveau mot de passe';
const SITE = 'https://entrepairs.example';

function linkToken(text: string): string {
	const match = /\/connexion\/nouveau-mot-de-passe\/([A-Za-z0-9_-]+)/.exec(text);
	if (!match) throw new Error('no recovery link in the email');
	return match[1]!;
}

describe('recovery codes', () => {
	it('issues 8 distinct codes once, storing only their hashes', async () => {
		const person = await buildAccount(db());
		const ctx = contextFor(db(), null);
		const codes = await issueRecoveryCodes(ctx, { accountId: person.accountId });
		expect(new Set(codes).size).toBe(8);
		for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
		const stored = await db()
			.select({ codeHash: recoveryCodes.codeHash })
			.from(recoveryCodes)
			.where(eq(recoveryCodes.accountId, person.accountId));
		expect(stored).toHaveLength(8);
		const plain = codes.map((code) => code.replace(/-/g, ''));
		for (const row of stored) expect(plain.some((code) => row.codeHash.includes(code))).toBe(false);
		await expect(issueRecoveryCodes(ctx, { accountId: person.accountId })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
	});

	it('issues only one set when asked many times at once', async () => {
		const person = await buildAccount(db());
		const ctx = contextFor(db(), null);
		const results = await Promise.allSettled(
			Array.from({ length: 30 }, () => issueRecoveryCodes(ctx, { accountId: person.accountId }))
		);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
		const stored = await db()
			.select()
			.from(recoveryCodes)
			.where(eq(recoveryCodes.accountId, person.accountId));
		expect(stored).toHaveLength(8);
	});

	it('sets a new password with a code, signs in, closes every other session, and uses the code up', async () => {
		const person = await buildAccount(db());
		const code = (await issueRecoveryCodes(contextFor(db(), null), { accountId: person.accountId }))[0]!;
		const old = await signIn(contextFor(db(), null), { pseudonym: person.pseudonym, password: PASSWORD });
		const recovered = await recoverWithCode(contextFor(db(), null), {
			pseudonym: person.pseudonym.toUpperCase(),
			code: code.toLowerCase().replace(/-/g, ' '),
			newPassword: NEW_PASSWORD
		});
		expect(recovered.accountId).toBe(person.accountId);
		expect(await resolveSession(db(), recovered.session!.token, new Date())).not.toBeNull();
		expect(await resolveSession(db(), old.token, new Date())).toBeNull();
		await expect(
			signIn(contextFor(db(), null), { pseudonym: person.pseudonym, password: NEW_PASSWORD })
		).resolves.toMatchObject({ accountId: person.accountId });
		await expect(
			recoverWithCode(contextFor(db(), null), {
				pseudonym: person.pseudonym,
				code,
				newPassword: 'encore un autre mot de passe'
			})
		).rejects.toMatchObject({ code: 'INVALID', messageKey: 'error.recovery.codeFailed' });
	});

	it('lets one code through only once when it is sent many times at once', async () => {
		const person = await buildAccount(db());
		const code = (await issueRecoveryCodes(contextFor(db(), null), { accountId: person.accountId }))[0]!;
		const results = await Promise.allSettled(
			Array.from({ length: 30 }, (_, index) =>
				recoverWithCode(contextFor(db(), null, { ip: `198.51.100.${index}` }), {
					pseudonym: person.pseudonym,
					code,
					newPassword: `${NEW_PASSWORD} ${index}`
				})
			)
		);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
	});

	it('answers an unknown pseudonym exactly like a wrong code', async () => {
		const person = await buildAccount(db());
		await issueRecoveryCodes(contextFor(db(), null), { accountId: person.accountId });
		const wrongCode = await recoverWithCode(contextFor(db(), null), {
			pseudonym: person.pseudonym,
			code: 'AAAA-BBBB-CCCC',
			newPassword: NEW_PASSWORD
		}).catch((error) => error);
		const unknown = await recoverWithCode(contextFor(db(), null), {
			pseudonym: uniquePseudonym(),
			code: 'AAAA-BBBB-CCCC',
			newPassword: NEW_PASSWORD
		}).catch((error) => error);
		expect(wrongCode).toMatchObject({ code: 'INVALID', messageKey: 'error.recovery.codeFailed', fields: [] });
		expect(unknown).toMatchObject({ code: 'INVALID', messageKey: 'error.recovery.codeFailed', fields: [] });
	});

	it('throttles guessing like sign-in, even with 40 guesses at once, and the sign-in buckets are shared', async () => {
		const person = await buildAccount(db());
		const codes = await issueRecoveryCodes(contextFor(db(), null), { accountId: person.accountId });
		const clock = fixedClock();
		const ctx = contextFor(db(), null, { clock, ip: '192.0.2.44' });
		const guesses = await Promise.allSettled(
			Array.from({ length: 40 }, () =>
				recoverWithCode(ctx, {
					pseudonym: person.pseudonym,
					code: 'AAAA-BBBB-CCCC',
					newPassword: NEW_PASSWORD
				})
			)
		);
		const refused = guesses.map((result) => (result.status === 'rejected' ? result.reason.code : 'ok'));
		// The address and pseudonym pair allows 5 failures per 15 minutes.
		expect(refused.filter((code) => code === 'INVALID')).toHaveLength(5);
		expect(refused.filter((code) => code === 'RATE_LIMITED')).toHaveLength(35);
		await expect(
			recoverWithCode(ctx, { pseudonym: person.pseudonym, code: codes[0]!, newPassword: NEW_PASSWORD })
		).rejects.toMatchObject({ code: 'RATE_LIMITED' });
		await expect(signIn(ctx, { pseudonym: person.pseudonym, password: PASSWORD })).rejects.toMatchObject({
			code: 'RATE_LIMITED'
		});
	});

	it('renews codes after the password: the old ones stop working', async () => {
		const person = await buildAccount(db());
		const old = await issueRecoveryCodes(contextFor(db(), null), { accountId: person.accountId });
		const ctx = contextFor(db(), person);
		await expect(renewRecoveryCodes(ctx, { password: 'pas le bon mot de passe' })).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'password', message: 'validation.password.wrong' }]
		});
		const fresh = await renewRecoveryCodes(ctx, { password: PASSWORD });
		expect(fresh).toHaveLength(8);
		await expect(
			recoverWithCode(contextFor(db(), null), {
				pseudonym: person.pseudonym,
				code: old[0]!,
				newPassword: NEW_PASSWORD
			})
		).rejects.toMatchObject({ messageKey: 'error.recovery.codeFailed' });
		await expect(
			recoverWithCode(contextFor(db(), null), {
				pseudonym: person.pseudonym,
				code: fresh[0]!,
				newPassword: NEW_PASSWORD
			})
		).resolves.toMatchObject({ accountId: person.accountId });
	});

	it('throttles renewal guesses of the password', async () => {
		const person = await buildAccount(db());
		const ctx = contextFor(db(), person, { clock: fixedClock() });
		const results = await Promise.allSettled(
			Array.from({ length: 30 }, () => renewRecoveryCodes(ctx, { password: 'pas le bon mot de passe' }))
		);
		const codes = results.map((result) => (result.status === 'rejected' ? result.reason.code : 'ok'));
		expect(codes.filter((code) => code === 'INVALID')).toHaveLength(5);
		expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(25);
	});
});

describe('recovery by email', () => {
	it('sends a link that works once, for one hour, and closes every session', async () => {
		const email = `${uniquePseudonym().toLowerCase()}@example.org`;
		const person = await buildAccount(db(), { email });
		const old = await signIn(contextFor(db(), null), { pseudonym: person.pseudonym, password: PASSWORD });
		const mailer = new RecordingMailer();
		await requestRecoveryEmail(
			contextFor(db(), null),
			{ identifier: person.pseudonym },
			{ mailer, siteUrl: SITE }
		);
		expect(mailer.to(email)).toHaveLength(1);
		const sent = mailer.to(email)[0]!;
		expect(sent.subject).toContain('Entrepairs');
		expect(sent.text).not.toContain(person.pseudonym);
		const token = linkToken(sent.text);
		const [stored] = await db()
			.select()
			.from(recoveryTokens)
			.where(eq(recoveryTokens.accountId, person.accountId));
		expect(stored!.tokenHash).not.toContain(token);
		expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(60 * 60_000);
		await expect(readRecoveryLink(contextFor(db(), null), { token })).resolves.toEqual({
			pseudonym: person.pseudonym
		});
		const recovered = await recoverWithLink(contextFor(db(), null), { token, newPassword: NEW_PASSWORD });
		expect(await resolveSession(db(), recovered.session!.token, new Date())).not.toBeNull();
		expect(await resolveSession(db(), old.token, new Date())).toBeNull();
		await expect(
			recoverWithLink(contextFor(db(), null), { token, newPassword: 'encore un autre mot de passe' })
		).rejects.toMatchObject({ code: 'NOT_FOUND', messageKey: 'error.recovery.linkInvalid' });
	});

	it('refuses a link after its hour', async () => {
		const email = `${uniquePseudonym().toLowerCase()}@example.org`;
		await buildAccount(db(), { email });
		const clock = fixedClock(new Date());
		const mailer = new RecordingMailer();
		await requestRecoveryEmail(
			contextFor(db(), null, { clock }),
			{ identifier: email },
			{ mailer, siteUrl: SITE }
		);
		const token = linkToken(mailer.to(email)[0]!.text);
		clock.advance(60 * 60_000 + 1000);
		await expect(
			recoverWithLink(contextFor(db(), null, { clock }), { token, newPassword: NEW_PASSWORD })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});

	it('lets one link through only once when it is used many times at once', async () => {
		const email = `${uniquePseudonym().toLowerCase()}@example.org`;
		await buildAccount(db(), { email });
		const mailer = new RecordingMailer();
		await requestRecoveryEmail(contextFor(db(), null), { identifier: email }, { mailer, siteUrl: SITE });
		const token = linkToken(mailer.to(email)[0]!.text);
		const results = await Promise.allSettled(
			Array.from({ length: 30 }, (_, index) =>
				recoverWithLink(contextFor(db(), null), { token, newPassword: `${NEW_PASSWORD} ${index}` })
			)
		);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
	});

	it('answers the same whether the account exists, has no email, or does not exist', async () => {
		const withoutEmail = await buildAccount(db());
		const mailer = new RecordingMailer();
		for (const identifier of [withoutEmail.pseudonym, uniquePseudonym(), 'personne@example.org']) {
			await expect(
				requestRecoveryEmail(contextFor(db(), null), { identifier }, { mailer, siteUrl: SITE })
			).resolves.toBeUndefined();
		}
		expect(mailer.sent).toHaveLength(0);
	});

	it('writes a neutral email in discreet mode', async () => {
		const email = `${uniquePseudonym().toLowerCase()}@example.org`;
		const person = await buildAccount(db(), { email });
		await db().update(accounts).set({ discreetNotifications: true }).where(eq(accounts.id, person.accountId));
		const mailer = new RecordingMailer();
		const site = 'https://pairs.example';
		await requestRecoveryEmail(contextFor(db(), null), { identifier: email }, { mailer, siteUrl: site });
		const sent = mailer.to(email)[0]!;
		expect(`${sent.subject} ${sent.text}`).not.toMatch(/entrepairs/i);
		expect(sent.text).toContain(`${site}/connexion/nouveau-mot-de-passe/`);
	});

	it('sends a mailbox at most 3 links an hour, whoever asks, with the same answer', async () => {
		const email = `${uniquePseudonym().toLowerCase()}@example.org`;
		await buildAccount(db(), { email });
		const mailer = new RecordingMailer();
		const clock = fixedClock();
		const results = await Promise.allSettled(
			Array.from({ length: 40 }, (_, index) =>
				requestRecoveryEmail(
					contextFor(db(), null, { clock, ip: `203.0.113.${index}` }),
					{ identifier: email },
					{ mailer, siteUrl: SITE }
				)
			)
		);
		expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
		expect(mailer.to(email)).toHaveLength(3);
	});

	it('throttles one address asking for many links', async () => {
		const mailer = new RecordingMailer();
		const ctx = contextFor(db(), null, { clock: fixedClock(), ip: '192.0.2.99' });
		const results = await Promise.allSettled(
			Array.from({ length: 30 }, () =>
				requestRecoveryEmail(ctx, { identifier: uniquePseudonym() }, { mailer, siteUrl: SITE })
			)
		);
		const refused = results.filter(
			(result) => result.status === 'rejected' && result.reason.code === 'RATE_LIMITED'
		);
		expect(refused).toHaveLength(20);
	});
});
