import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, sessions } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { checkOwnPassword } from './check-own-password';
import { hashPassword } from './password';
import { hashToken } from './tokens';
import { newPasswordField } from './sign-up';

export const ChangePasswordSchema = z.object({
	currentPassword: z
		.string('validation.required')
		.min(1, 'validation.required')
		.max(1000, 'validation.required'),
	newPassword: newPasswordField,
	/** The session making the change stays open; every other one is closed. */
	currentToken: z.string().max(200).optional()
});
export type ChangePasswordInput = z.input<typeof ChangePasswordSchema>;

/**
 * Changes the password after checking the current one (throttled per account), and signs out every other
 * session.
 */
export async function changePassword(ctx: Ctx, input: ChangePasswordInput): Promise<void> {
	const actor = requireActor(ctx);
	const { currentPassword, newPassword, currentToken } = parseInput(ChangePasswordSchema, input);
	await checkOwnPassword(ctx, actor.accountId, currentPassword, 'currentPassword');
	const passwordHash = await hashPassword(newPassword);
	const now = ctx.clock.now();
	await ctx.db.transaction(async (tx) => {
		await tx
			.update(accounts)
			.set({ passwordHash, passwordChangedAt: now })
			.where(eq(accounts.id, actor.accountId));
		const others = currentToken
			? and(eq(sessions.accountId, actor.accountId), ne(sessions.tokenHash, hashToken(currentToken)))
			: eq(sessions.accountId, actor.accountId);
		await tx.delete(sessions).where(others);
	});
	ctx.events.emit({ type: 'account.sessions-closed', accountId: actor.accountId });
}
