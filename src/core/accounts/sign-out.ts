import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema';
import { requireActor, type Ctx } from '../shared';
import { closeSession } from './sessions';

/** Ends the session behind this token (every process forgets what it kept for it: page-cache.ts). */
export async function signOut(ctx: Ctx, input: { token: string }): Promise<void> {
	const accountId = await closeSession(ctx.db, input.token);
	if (accountId) ctx.events.emit({ type: 'account.sessions-closed', accountId });
}

/** Ends every session of the signed-in person, on every device and API client. */
export async function signOutEverywhere(ctx: Ctx): Promise<void> {
	const actor = requireActor(ctx);
	await ctx.db.delete(sessions).where(eq(sessions.accountId, actor.accountId));
	ctx.events.emit({ type: 'account.signed-out-everywhere', accountId: actor.accountId });
}
