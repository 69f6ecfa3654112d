import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recoveryCodes } from '../../db/schema';
import { DomainError, lockKey, parseInput, type Ctx } from '../shared';
import { replaceRecoveryCodes } from './recovery-codes';

export const IssueRecoveryCodesSchema = z.object({ accountId: z.uuid() });
export type IssueRecoveryCodesInput = z.input<typeof IssueRecoveryCodesSchema>;

/**
 * Issues an account's first recovery codes, right after sign-up (the person has no session yet in the
 * request that created the account). Only ever once per account: when codes exist (even used ones), it
 * refuses, so it can never replace someone's codes; renewing them asks for the password.
 */
export async function issueRecoveryCodes(ctx: Ctx, input: IssueRecoveryCodesInput): Promise<string[]> {
	const { accountId } = parseInput(IssueRecoveryCodesSchema, input);
	const now = ctx.clock.now();
	const codes = await ctx.db.transaction(async (tx) => {
		// Two parallel calls must not both see "no codes yet".
		await lockKey(tx, `recovery-codes:${accountId}`);
		const [existing] = await tx
			.select({ total: count() })
			.from(recoveryCodes)
			.where(eq(recoveryCodes.accountId, accountId));
		if (Number(existing?.total ?? 0) > 0) return null;
		return replaceRecoveryCodes(tx, accountId, now);
	});
	if (!codes) throw new DomainError('CONFLICT');
	return codes;
}
