import { eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { accounts, sessions } from '../../db/schema';
import { openSession, type SessionKind } from './sessions';

export interface RecoveredAccount {
	accountId: string;
	pseudonym: string;
	locale: string;
	/** A new session, or null when the account is suspended (the password is changed all the same). */
	session: { token: string; expiresAt: Date } | null;
}

/**
 * What both ways of recovering end with: the new password, every session closed (whoever held the old
 * password is signed out, as after a password change), and a new session for the person who recovered.
 */
export async function setPasswordAndSignIn(
	tx: DatabaseOrTransaction,
	accountId: string,
	passwordHash: string,
	now: Date,
	kind: SessionKind
): Promise<RecoveredAccount> {
	const [updated] = await tx
		.update(accounts)
		.set({ passwordHash, passwordChangedAt: now })
		.where(eq(accounts.id, accountId))
		.returning({
			pseudonym: accounts.pseudonym,
			locale: accounts.locale,
			suspendedUntil: accounts.suspendedUntil
		});
	// The account row was read a moment ago in the same transaction; it cannot have vanished since.
	const account = updated!;
	await tx.delete(sessions).where(eq(sessions.accountId, accountId));
	const suspended = !!account.suspendedUntil && account.suspendedUntil > now;
	const session = suspended
		? null
		: await openSession(tx, accountId, now, kind, kind === 'api' ? 'API' : null);
	return { accountId, pseudonym: account.pseudonym, locale: account.locale, session };
}
