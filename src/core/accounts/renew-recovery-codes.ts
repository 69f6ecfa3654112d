import { z } from 'zod';
import { lockKey, parseInput, requireActor, type Ctx } from '../shared';
import { checkOwnPassword } from './check-own-password';
import { replaceRecoveryCodes } from './recovery-codes';

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
	await checkOwnPassword(ctx, actor.accountId, password, 'password');
	return ctx.db.transaction(async (tx) => {
		await lockKey(tx, `recovery-codes:${actor.accountId}`);
		return replaceRecoveryCodes(tx, actor.accountId, now);
	});
}
