import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, sessions } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { hashPassword, verifyPassword } from './password';
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

/** Changes the password after checking the current one, and signs out every other session. */
export async function changePassword(ctx: Ctx, input: ChangePasswordInput): Promise<void> {
	const actor = requireActor(ctx);
	const { currentPassword, newPassword, currentToken } = parseInput(ChangePasswordSchema, input);
	const [account] = await ctx.db
		.select({ passwordHash: accounts.passwordHash })
		.from(accounts)
		.where(eq(accounts.id, actor.accountId));
	if (!(await verifyPassword(account?.passwordHash, currentPassword))) {
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'currentPassword', message: 'validation.password.wrong' }
		]);
	}
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
}
