import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts } from '../../db/schema';
import { verifyPassword } from '../accounts/password';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { PERSONAL_DATA_CONTRIBUTORS } from './contributors';

export const DeleteAccountSchema = z.object({
	password: z.string('validation.required').min(1, 'validation.required').max(1000, 'validation.required')
});

/**
 * Erases the signed-in account (RGPD art. 17) after the password is confirmed. Content others rely on is
 * kept by each module under "membre supprimé"; everything else is deleted.
 */
// Erasure is never refused for organisational reasons (e.g. a last coordinator): the right to leave comes
// first, and instance admins can still manage an organisation left without a coordinator.
export async function deleteAccount(ctx: Ctx, input: z.input<typeof DeleteAccountSchema>): Promise<void> {
	const actor = requireActor(ctx);
	const { password } = parseInput(DeleteAccountSchema, input);
	const [account] = await ctx.db
		.select({ passwordHash: accounts.passwordHash })
		.from(accounts)
		.where(eq(accounts.id, actor.accountId));
	if (!(await verifyPassword(account?.passwordHash, password))) {
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'password', message: 'validation.password.wrong' }
		]);
	}
	await ctx.db.transaction(async (tx) => {
		for (const contributor of PERSONAL_DATA_CONTRIBUTORS) await contributor.eraseFor(tx, actor.accountId);
	});
	ctx.events.emit({ type: 'account.deleted', accountId: actor.accountId });
}
