import { z } from 'zod';
import { accounts } from '../../db/schema';
import { DomainError, parseInput, type Ctx } from '../shared';
import { CONSENT_VERSION } from './consent';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';
import { checkPseudonym, foldPseudonym, normalisePseudonym } from './pseudonym';
import { openSession } from './sessions';
import { beginAttempt } from './throttle';
import { SIGN_UP_RULE } from './throttle-policy';
import { LOCALES } from './preferences';

export const emailField = z
	.string()
	.trim()
	.max(254, 'validation.email')
	.transform((value) => value.toLowerCase())
	.refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'validation.email')
	.transform((value) => (value === '' ? null : value));

export const newPasswordField = z
	.string('validation.password.length')
	.min(PASSWORD_MIN_LENGTH, 'validation.password.length')
	.max(PASSWORD_MAX_LENGTH, 'validation.password.length');

export const SignUpSchema = z.object({
	pseudonym: z
		.string('validation.pseudonym.length')
		.max(200, 'validation.pseudonym.length')
		.superRefine((value, context) => {
			const problem = checkPseudonym(value);
			if (problem) context.addIssue({ code: 'custom', message: problem });
		})
		.transform(normalisePseudonym),
	password: newPasswordField,
	email: emailField.optional().transform((value) => value ?? null),
	consent: z.literal(true, 'validation.consent'),
	locale: z.enum(LOCALES).optional().default('fr')
});
export type SignUpInput = z.input<typeof SignUpSchema>;

/**
 * Creates a pseudonymous account with recorded consent, and signs it in. Throttled per address: every
 * attempt takes a token before the password is hashed or the pseudonym looked up, taken or not, so sign-up
 * can neither create accounts in bulk nor serve as an oracle of which pseudonyms exist.
 */
export async function signUp(ctx: Ctx, input: SignUpInput) {
	const { pseudonym, password, email, locale } = parseInput(SignUpSchema, input);
	const now = ctx.clock.now();
	if (ctx.ip) {
		await beginAttempt(
			ctx.db,
			[{ key: `sign-up:ip:${ctx.ip}`, rule: SIGN_UP_RULE }],
			now,
			'error.signUpThrottled'
		);
	}
	const passwordHash = await hashPassword(password);
	const created = await ctx.db.transaction(async (tx) => {
		const [account] = await tx
			.insert(accounts)
			.values({
				pseudonym,
				pseudonymKey: foldPseudonym(pseudonym),
				email,
				passwordHash,
				locale,
				consentVersion: CONSENT_VERSION,
				consentedAt: now,
				passwordChangedAt: now,
				createdAt: now
			})
			.onConflictDoNothing({ target: accounts.pseudonymKey })
			.returning({ id: accounts.id, pseudonym: accounts.pseudonym });
		if (!account) return null;
		const session = await openSession(tx, account.id, now);
		return { account, session };
	});
	if (!created) {
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'pseudonym', message: 'validation.pseudonym.unavailable' }
		]);
	}
	ctx.events.emit({ type: 'account.created', accountId: created.account.id });
	return { accountId: created.account.id, pseudonym: created.account.pseudonym, ...created.session };
}
