import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, recoveryTokens } from '../../db/schema';
import { DomainError, type Ctx } from '../shared';
import { hashToken } from './tokens';

export const RecoveryLinkSchema = z.object({ token: z.string().min(1).max(100) });

/**
 * The pseudonym a recovery link is for, so the person knows which account they are resetting (only the
 * holder of the link learns it). Unknown, used and expired links are all NOT_FOUND. Reads only.
 */
export async function readRecoveryLink(ctx: Ctx, input: { token: string }): Promise<{ pseudonym: string }> {
	const parsed = RecoveryLinkSchema.safeParse(input);
	if (!parsed.success) throw new DomainError('NOT_FOUND', 'error.recovery.linkInvalid');
	const [link] = await ctx.db
		.select({ pseudonym: accounts.pseudonym })
		.from(recoveryTokens)
		.innerJoin(accounts, eq(accounts.id, recoveryTokens.accountId))
		.where(
			and(
				eq(recoveryTokens.tokenHash, hashToken(parsed.data.token)),
				isNull(recoveryTokens.usedAt),
				gt(recoveryTokens.expiresAt, ctx.clock.now())
			)
		);
	if (!link) throw new DomainError('NOT_FOUND', 'error.recovery.linkInvalid');
	return link;
}
