import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts } from '../../db/schema';
import { DomainError, lockKey, parseInput, requireActor, type Ctx } from '../shared';
import { verifyPassword } from './password';
import { replaceRecoveryCodes } from './recovery-codes';
import { beginAttempt } from './throttle';
import { PASSWORD_CHECK_RULE } from './throttle-policy';

export const RenewRecoveryCodesSchema = z.object({
	password: z.string('validation.required').min(1, 'validation.required').max(1000, 'validation.required')
});
export type RenewRecoveryCodesInput = z.input<typeof RenewRecoveryCodesSchema>;

/**
 * Replaces the actor's recovery codes with 8 new ones after checking the password (someone at an
 * unlocked screen must not get a way back into the account); the old codes stop working.
 */
export async function renewRecoveryCodes(ctx: Ctx, input: RenewRecoveryCodesInput): Promise<string[]> {
	const actor = requireActor(ctx);
	const { password } = parseInput(RenewRecoveryCodesSchema, input);
	const now = ctx.clock.now();
	// The same bucket as every other "type your password again": guesses cannot be spread across forms.
	const attempt = await beginAttempt(
		ctx.db,
		[{ key: `password-check:${actor.accountId}`, rule: PASSWORD_CHECK_RULE }],
		now
	);
	const [account] = await ctx.db
		.select({ passwordHash: accounts.passwordHash })
		.from(accounts)
		.where(eq(accounts.id, actor.accountId));
	if (!(await verifyPassword(account?.passwordHash, password))) {
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'password', message: 'validation.password.wrong' }
		]);
	}
	await attempt.succeeded();
	return ctx.db.transaction(async (tx) => {
		await lockKey(tx, `recovery-codes:${actor.accountId}`);
		return replaceRecoveryCodes(tx, actor.accountId, now);
	});
}
