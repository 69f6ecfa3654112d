import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, recoveryCodes } from '../../db/schema';
import { DomainError, parseInput, type Ctx } from '../shared';
import { hashPassword } from './password';
import { foldPseudonym } from './pseudonym';
import { hashRecoveryCode, normaliseRecoveryCode } from './recovery-codes';
import { setPasswordAndSignIn, type RecoveredAccount } from './recovery-reset';
import { newPasswordField } from './sign-up';
import { beginAttempt } from './throttle';
import { signInKeys } from './throttle-policy';

export const RecoverWithCodeSchema = z.object({
	pseudonym: z
		.string('validation.required')
		.trim()
		.min(1, 'validation.required')
		.max(200, 'validation.required'),
	code: z
		.string('validation.recovery.code')
		.max(100, 'validation.recovery.code')
		.refine((value) => /^[A-Z2-7]{12}$/.test(normaliseRecoveryCode(value)), 'validation.recovery.code'),
	newPassword: newPasswordField,
	kind: z.enum(['browser', 'api']).optional().default('browser')
});
export type RecoverWithCodeInput = z.input<typeof RecoverWithCodeSchema>;

/**
 * Sets a new password with one of the account's recovery codes and signs the person in; the code is used
 * up. It draws on the same buckets as sign-in (a code is one more secret to guess), and an unknown
 * pseudonym gets the same answer, in about the same time, as a wrong or used code.
 */
export async function recoverWithCode(ctx: Ctx, input: RecoverWithCodeInput): Promise<RecoveredAccount> {
	const { pseudonym, code, newPassword, kind } = parseInput(RecoverWithCodeSchema, input);
	const now = ctx.clock.now();
	const name = foldPseudonym(pseudonym);
	const attempt = await beginAttempt(ctx.db, signInKeys(name, ctx.ip), now);
	// Hashed whatever the outcome, so a right code does not answer measurably later than a wrong one.
	const passwordHash = await hashPassword(newPassword);
	const recovered = await ctx.db.transaction(async (tx) => {
		const [account] = await tx
			.select({ id: accounts.id })
			.from(accounts)
			.where(eq(accounts.pseudonymKey, name));
		if (!account) return null;
		// One statement takes the code: two requests with the same code cannot both use it.
		const [used] = await tx
			.update(recoveryCodes)
			.set({ usedAt: now })
			.where(
				and(
					eq(recoveryCodes.accountId, account.id),
					eq(recoveryCodes.codeHash, hashRecoveryCode(account.id, code)),
					isNull(recoveryCodes.usedAt)
				)
			)
			.returning({ id: recoveryCodes.id });
		if (!used) return null;
		return setPasswordAndSignIn(tx, account.id, passwordHash, now, kind);
	});
	if (!recovered) throw new DomainError('INVALID', 'error.recovery.codeFailed');
	await attempt.succeeded();
	ctx.events.emit({ type: 'account.sessions-closed', accountId: recovered.accountId });
	return recovered;
}
