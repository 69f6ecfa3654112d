import { z } from 'zod';
import { DomainError, parseInput, type Ctx } from '../shared';
import { closeSession, openSession, type SessionKind } from './sessions';
import { suspensionInEffect } from './suspension';
import { verifyCredentials } from './verify-credentials';

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
	const account = await verifyCredentials(ctx, pseudonym, password);
	// Only someone who knows the password learns of the suspension: until when, and the statement of
	// reasons the moderators wrote (they cannot sign in to read it in their account).
	if (account.suspendedUntil && account.suspendedUntil > now) {
		const suspension = await suspensionInEffect(ctx.db, account.id, account.suspendedUntil, now);
		throw new DomainError('FORBIDDEN', 'error.accountSuspended', [], undefined, {
			until: account.suspendedUntil.toISOString().slice(0, 10),
			statement: suspension.statement,
			appeal: suspension.appeal,
			appealStatement: suspension.appealStatement
		});
	}
	const previousAccount = previousToken ? await closeSession(ctx.db, previousToken) : null;
	if (previousAccount) ctx.events.emit({ type: 'account.sessions-closed', accountId: previousAccount });
	const session = await openSession(
		ctx.db,
		account.id,
		now,
		kind as SessionKind,
		kind === 'api' ? 'API' : null
	);
	return { accountId: account.id, pseudonym: account.pseudonym, locale: account.locale, ...session };
}
