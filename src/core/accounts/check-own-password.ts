import { eq } from 'drizzle-orm';
import { accounts } from '../../db/schema';
import { DomainError, type Ctx } from '../shared';
import { verifyPassword } from './password';
import { beginAttempt } from './throttle';
import { PASSWORD_CHECK_RULE } from './throttle-policy';

/**
 * A signed-in person types their password again (to change it, to delete the account). Throttled per
 * account like sign-in: a token is taken before the password is checked, so parallel guesses from a
 * stolen session cannot outrun the count, and a right password gives it back. `field` names the form
 * field a wrong password is reported on.
 */
export async function checkOwnPassword(
	ctx: Ctx,
	accountId: string,
	password: string,
	field: string
): Promise<void> {
	const attempt = await beginAttempt(
		ctx.db,
		[{ key: `password-check:${accountId}`, rule: PASSWORD_CHECK_RULE }],
		ctx.clock.now(),
		'error.passwordCheckThrottled'
	);
	const [account] = await ctx.db
		.select({ passwordHash: accounts.passwordHash })
		.from(accounts)
		.where(eq(accounts.id, accountId));
	if (!(await verifyPassword(account?.passwordHash, password))) {
		throw new DomainError('INVALID', 'error.invalid', [{ field, message: 'validation.password.wrong' }]);
	}
	await attempt.succeeded();
}
