import { eq } from 'drizzle-orm';
import { accounts } from '../../db/schema';
import { DomainError, type Ctx } from '../shared';
import { verifyPassword } from './password';
import { foldPseudonym } from './pseudonym';
import { beginAttempt } from './throttle';
import { signInKeys } from './throttle-policy';

/**
 * Checks a pseudonym and password, throttled exactly like sign-in: unknown pseudonym and wrong password
 * get the same answer in about the same time; repeated failures are slowed per address, per address and pseudonym, and per pseudonym.
 * Used by sign-in and by a suspended person contesting their suspension (they have no session).
 */
export async function verifyCredentials(ctx: Ctx, pseudonym: string, password: string) {
	const now = ctx.clock.now();
	// Throttle on the folded name, not the account, so throttling never reveals that an account exists.
	// The tokens are taken before the password is checked: parallel guesses cannot outrun the count.
	const attempt = await beginAttempt(ctx.db, signInKeys(foldPseudonym(pseudonym), ctx.ip), now);

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
	if (!account || !valid) throw new DomainError('INVALID', 'error.signInFailed');
	await attempt.succeeded();
	return {
		id: account.id,
		pseudonym: account.pseudonym,
		locale: account.locale,
		isInstanceAdmin: account.isInstanceAdmin,
		suspendedUntil: account.suspendedUntil
	};
}
