import { eq, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { accounts, recoveryCodes, sessions } from '../../db/schema';
import { selectRows } from '../../db/sql-helpers';
import type { PersonalDataContributor } from '../shared';

/**
 * Rate-limit buckets about this person: those keyed by their account id ("send:<id>",
 * "recovery-email:account:<id>"...) and the sign-in buckets keyed by their folded pseudonym
 * ("sign-in:name:<name>", "sign-in:pair:<address>:<name>"). Buckets keyed by an address alone cannot be
 * tied to anyone; they go by themselves once refilled.
 */
function aboutPerson(accountId: string, pseudonymKey: string) {
	return sql`(position(${accountId} in key) > 0
		or (key like 'sign-in:%' and right(key, length(${pseudonymKey}) + 1) = ':' || ${pseudonymKey}))`;
}

async function rateLimitCounters(tx: DatabaseOrTransaction, accountId: string, pseudonymKey: string) {
	// Only the bucket's kind is exported: a pair bucket's address may be someone else's (a guesser).
	const rows = await selectRows<{ key: string; full_at: string | Date }>(
		tx,
		sql`select key, full_at from rate_limit_buckets where ${aboutPerson(accountId, pseudonymKey)}`
	);
	return {
		aboutThisAccount: rows.map((row) => ({
			kind: row.key.split(':').slice(0, 2).join(':').replace(accountId, 'account'),
			forgottenAt: new Date(row.full_at)
		})),
		note: 'Counters that slow down abuse (sign-in attempts, sends, reports, recovery requests) are also kept per network address; they cannot be tied to a person, and every counter is deleted once it has refilled, within the hour.'
	};
}

/**
 * The account itself, its sessions and recovery codes (never hashes or tokens), and the rate-limit counters
 * about it. Erasure deletes those counters, then the row, cascading sessions, recovery codes and links.
 */
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
				easyRead: accounts.easyRead,
				lineSpacing: accounts.lineSpacing,
				contrast: accounts.contrast,
				readingFont: accounts.readingFont,
				isInstanceAdmin: accounts.isInstanceAdmin,
				consentVersion: accounts.consentVersion,
				consentedAt: accounts.consentedAt,
				emailDigest: accounts.emailDigest,
				discreetNotifications: accounts.discreetNotifications,
				moderationAlerts: accounts.moderationAlerts,
				lastDigestAt: accounts.lastDigestAt,
				passwordChangedAt: accounts.passwordChangedAt,
				createdAt: accounts.createdAt,
				pseudonymKey: accounts.pseudonymKey
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
		const codes = await tx
			.select({ createdAt: recoveryCodes.createdAt, usedAt: recoveryCodes.usedAt })
			.from(recoveryCodes)
			.where(eq(recoveryCodes.accountId, accountId));
		if (!account) return {};
		const { pseudonymKey, ...shown } = account;
		return {
			...shown,
			sessions: openSessions,
			recoveryCodes: codes,
			rateLimitCounters: await rateLimitCounters(tx, accountId, pseudonymKey)
		};
	},
	async eraseFor(tx, accountId) {
		const [account] = await tx
			.select({ pseudonymKey: accounts.pseudonymKey })
			.from(accounts)
			.where(eq(accounts.id, accountId));
		if (account) {
			await tx.execute(
				sql`delete from rate_limit_buckets where ${aboutPerson(accountId, account.pseudonymKey)}`
			);
		}
		await tx.delete(accounts).where(eq(accounts.id, accountId));
	}
};
