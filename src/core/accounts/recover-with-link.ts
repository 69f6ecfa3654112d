import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { recoveryTokens } from '../../db/schema';
import { DomainError, parseInput, type Ctx } from '../shared';
import { hashPassword } from './password';
import { readRecoveryLink } from './read-recovery-link';
import { setPasswordAndSignIn, type RecoveredAccount } from './recovery-reset';
import { newPasswordField } from './sign-up';
import { hashToken } from './tokens';

export const RecoverWithLinkSchema = z.object({
	token: z.string('validation.required').min(1, 'validation.required').max(100, 'validation.required'),
	newPassword: newPasswordField,
	kind: z.enum(['browser', 'api']).optional().default('browser')
});
export type RecoverWithLinkInput = z.input<typeof RecoverWithLinkSchema>;

/**
 * Sets a new password through a link sent by email, and signs the person in. The link works once: using
 * it also retires every other link of the account, and closes every session.
 */
export async function recoverWithLink(ctx: Ctx, input: RecoverWithLinkInput): Promise<RecoveredAccount> {
	const { token, newPassword, kind } = parseInput(RecoverWithLinkSchema, input);
	const now = ctx.clock.now();
	// A dead link is refused before the (costly) password hash.
	await readRecoveryLink(ctx, { token });
	const passwordHash = await hashPassword(newPassword);
	const recovered = await ctx.db.transaction(async (tx) => {
		// One statement takes the link: of two requests with the same link, only one gets a row back.
		const [link] = await tx
			.update(recoveryTokens)
			.set({ usedAt: now })
			.where(
				and(
					eq(recoveryTokens.tokenHash, hashToken(token)),
					isNull(recoveryTokens.usedAt),
					gt(recoveryTokens.expiresAt, now)
				)
			)
			.returning({ accountId: recoveryTokens.accountId });
		if (!link) return null;
		await tx
			.update(recoveryTokens)
			.set({ usedAt: now })
			.where(and(eq(recoveryTokens.accountId, link.accountId), isNull(recoveryTokens.usedAt)));
		return setPasswordAndSignIn(tx, link.accountId, passwordHash, now, kind);
	});
	if (!recovered) throw new DomainError('NOT_FOUND', 'error.recovery.linkInvalid');
	ctx.events.emit({ type: 'account.sessions-closed', accountId: recovered.accountId });
	return recovered;
}
