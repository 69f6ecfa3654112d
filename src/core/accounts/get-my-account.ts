import { eq } from 'drizzle-orm';
import { accounts } from '../../db/schema';
import { DomainError, requireActor, type Ctx } from '../shared';

/** The signed-in person's own account details (never the password hash). */
export async function getMyAccount(ctx: Ctx) {
	const actor = requireActor(ctx);
	const [account] = await ctx.db
		.select({
			id: accounts.id,
			pseudonym: accounts.pseudonym,
			email: accounts.email,
			locale: accounts.locale,
			textSize: accounts.textSize,
			theme: accounts.theme,
			easyRead: accounts.easyRead,
			lineSpacing: accounts.lineSpacing,
			contrast: accounts.contrast,
			readingFont: accounts.readingFont,
			directMessages: accounts.directMessages,
			emailDigest: accounts.emailDigest,
			discreetNotifications: accounts.discreetNotifications,
			moderationAlerts: accounts.moderationAlerts,
			isInstanceAdmin: accounts.isInstanceAdmin,
			consentVersion: accounts.consentVersion,
			consentedAt: accounts.consentedAt,
			createdAt: accounts.createdAt
		})
		.from(accounts)
		.where(eq(accounts.id, actor.accountId));
	if (!account) throw new DomainError('UNAUTHENTICATED');
	return account;
}
