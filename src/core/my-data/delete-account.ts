import { z } from 'zod';
import { checkOwnPassword } from '../accounts/check-own-password';
import { parseInput, requireActor, type Ctx } from '../shared';
import { PERSONAL_DATA_CONTRIBUTORS } from './contributors';

export const DeleteAccountSchema = z.object({
	password: z.string('validation.required').min(1, 'validation.required').max(1000, 'validation.required')
});

/**
 * Erases the signed-in account (RGPD art. 17) after the password is confirmed
 * (throttled per account, like sign-in). Content others rely on is
 * kept by each module under "membre supprimé"; everything else is deleted.
 */
// Erasure is never refused for organisational reasons (e.g. a last coordinator): the right to leave comes
// first, and instance admins can still manage an organisation left without a coordinator.
export async function deleteAccount(ctx: Ctx, input: z.input<typeof DeleteAccountSchema>): Promise<void> {
	const actor = requireActor(ctx);
	const { password } = parseInput(DeleteAccountSchema, input);
	await checkOwnPassword(ctx, actor.accountId, password, 'password');
	await ctx.db.transaction(async (tx) => {
		for (const contributor of PERSONAL_DATA_CONTRIBUTORS) await contributor.eraseFor(tx, actor.accountId);
	});
	ctx.events.emit({ type: 'account.deleted', accountId: actor.accountId });
}
