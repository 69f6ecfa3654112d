import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, moderationDecisions } from '../../db/schema';
import { DomainError, parseInput, type Ctx } from '../shared';
import { verifyPassword } from './password';
import { foldPseudonym } from './pseudonym';
import { closeSession, openSession, type SessionKind } from './sessions';
import { clearFailures, recordFailure, secondsBlocked } from './throttle';
import { ACCOUNT_RULE, ADDRESS_RULE } from './throttle-policy';

export const SignInSchema = z.object({
	pseudonym: z
		.string('validation.required')
		.trim()
		.min(1, 'validation.required')
		.max(200, 'validation.required'),
	password: z.string('validation.required').min(1, 'validation.required').max(1000, 'validation.required'),
	kind: z.enum(['browser', 'api']).optional().default('browser'),
	/** The session being replaced, closed on success so the cookie is rotated. */
	previousToken: z.string().max(200).optional()
});
export type SignInInput = z.input<typeof SignInSchema>;

/**
 * Signs in with pseudonym and password. Unknown pseudonym and wrong password get the same answer in
 * about the same time; repeated failures are slowed per pseudonym and per address.
 */
export async function signIn(ctx: Ctx, input: SignInInput) {
	const { pseudonym, password, kind, previousToken } = parseInput(SignInSchema, input);
	const now = ctx.clock.now();
	// Throttle on the folded name, not the account, so throttling never reveals that an account exists.
	const nameKey = `name:${foldPseudonym(pseudonym)}`;
	const addressKey = ctx.ip ? `ip:${ctx.ip}` : null;
	const waits = await Promise.all([
		secondsBlocked(ctx.db, nameKey, now),
		addressKey ? secondsBlocked(ctx.db, addressKey, now) : 0
	]);
	const wait = Math.max(...waits);
	if (wait > 0) throw new DomainError('RATE_LIMITED', 'error.signInThrottled', [], wait);

	const [account] = await ctx.db
		.select({
			id: accounts.id,
			pseudonym: accounts.pseudonym,
			locale: accounts.locale,
			passwordHash: accounts.passwordHash,
			suspendedUntil: accounts.suspendedUntil
		})
		.from(accounts)
		.where(eq(accounts.pseudonymKey, foldPseudonym(pseudonym)));
	const valid = await verifyPassword(account?.passwordHash, password);
	if (!account || !valid) {
		await recordFailure(ctx.db, nameKey, ACCOUNT_RULE, now);
		if (addressKey) await recordFailure(ctx.db, addressKey, ADDRESS_RULE, now);
		throw new DomainError('INVALID', 'error.signInFailed');
	}
	await clearFailures(ctx.db, nameKey);
	// Only someone who knows the password learns of the suspension: until when, and the statement of
	// reasons the moderators wrote (they cannot sign in to read it in their account).
	if (account.suspendedUntil && account.suspendedUntil > now) {
		const [decision] = await ctx.db
			.select({ statement: moderationDecisions.statement })
			.from(moderationDecisions)
			.where(
				and(eq(moderationDecisions.subjectAccountId, account.id), eq(moderationDecisions.action, 'suspend'))
			)
			.orderBy(desc(moderationDecisions.createdAt))
			.limit(1);
		throw new DomainError('FORBIDDEN', 'error.accountSuspended', [], undefined, {
			until: account.suspendedUntil.toISOString().slice(0, 10),
			statement: decision?.statement ?? ''
		});
	}
	if (previousToken) await closeSession(ctx.db, previousToken);
	const session = await openSession(
		ctx.db,
		account.id,
		now,
		kind as SessionKind,
		kind === 'api' ? 'API' : null
	);
	return { accountId: account.id, pseudonym: account.pseudonym, locale: account.locale, ...session };
}
