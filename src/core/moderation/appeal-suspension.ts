import type { z } from 'zod';
import { suspensionInEffect } from '../accounts/suspension';
import { verifyCredentials } from '../accounts/verify-credentials';
import { DomainError, parseInput, type Ctx } from '../shared';
import { recordAppeal } from './file-appeal';
import { AppealSuspensionSchema } from './schemas';

/**
 * A suspended person cannot sign in, so they contest their suspension from the sign-in refusal page by
 * typing their password again: the same check and throttling as sign-in, no session, no token to keep or
 * leak. Someone without the password gets the same "wrong pseudonym or password" as at sign-in, and
 * learns nothing of the suspension.
 */
export async function appealSuspension(ctx: Ctx, input: z.input<typeof AppealSuspensionSchema>) {
	const command = parseInput(AppealSuspensionSchema, input);
	const account = await verifyCredentials(ctx, command.pseudonym, command.password);
	const now = ctx.clock.now();
	if (!account.suspendedUntil || account.suspendedUntil <= now)
		throw new DomainError('CONFLICT', 'error.appealNotSuspended');
	const suspension = await suspensionInEffect(ctx.db, account.id, account.suspendedUntil, now);
	if (!suspension.decisionId) throw new DomainError('NOT_FOUND');
	return recordAppeal(ctx, account.id, { decisionId: suspension.decisionId, reason: command.reason });
}
