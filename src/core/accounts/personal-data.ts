import { eq } from 'drizzle-orm';
import { accounts, sessions } from '../../db/schema';
import type { PersonalDataContributor } from '../shared';

/** The account itself and its sessions (never hashes or tokens). Erasure deletes the row, cascading sessions. */
export const accountsPersonalData: PersonalDataContributor = {
	module: 'account',
	async exportFor(tx, accountId) {
		const [account] = await tx
			.select({
				id: accounts.id,
				pseudonym: accounts.pseudonym,
				email: accounts.email,
				locale: accounts.locale,
				textSize: accounts.textSize,
				theme: accounts.theme,
				isInstanceAdmin: accounts.isInstanceAdmin,
				consentVersion: accounts.consentVersion,
				consentedAt: accounts.consentedAt,
				emailDigest: accounts.emailDigest,
				discreetNotifications: accounts.discreetNotifications,
				moderationAlerts: accounts.moderationAlerts,
				lastDigestAt: accounts.lastDigestAt,
				passwordChangedAt: accounts.passwordChangedAt,
				createdAt: accounts.createdAt
			})
			.from(accounts)
			.where(eq(accounts.id, accountId));
		const openSessions = await tx
			.select({
				kind: sessions.kind,
				createdAt: sessions.createdAt,
				lastSeenAt: sessions.lastSeenAt,
				expiresAt: sessions.expiresAt
			})
			.from(sessions)
			.where(eq(sessions.accountId, accountId));
		return { ...account, sessions: openSessions };
	},
	async eraseFor(tx, accountId) {
		await tx.delete(accounts).where(eq(accounts.id, accountId));
	}
};
