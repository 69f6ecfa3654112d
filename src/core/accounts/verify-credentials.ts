import { eq } from 'drizzle-orm';
import { accounts } from '../../db/schema';
import { DomainError, type Ctx } from '../shared';
import { verifyPassword } from './password';
import { foldPseudonym } from './pseudonym';
import { clearFailures, recordFailure, secondsBlocked } from './throttle';
import { ACCOUNT_RULE, ADDRESS_RULE } from './throttle-policy';

/**
 * Checks a pseudonym and password, throttled exactly like sign-in: unknown pseudonym and wrong password
 * get the same answer in about the same time; repeated failures are slowed per pseudonym and per address.
 * Used by sign-in and by a suspended person contesting their suspension (they have no session).
 */
export async function verifyCredentials(ctx: Ctx, pseudonym: string, password: string) {
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
			isInstanceAdmin: accounts.isInstanceAdmin,
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
	return {
		id: account.id,
		pseudonym: account.pseudonym,
		locale: account.locale,
		isInstanceAdmin: account.isInstanceAdmin,
		suspendedUntil: account.suspendedUntil
	};
}
