import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { accounts, sessions } from '../../db/schema';
import { reusable } from '../../db/reusable';
import type { Actor } from '../shared';
import { generateToken, hashToken } from './tokens';

export const SESSION_LIFETIME_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
// Refresh "last seen" at most this often, so reading pages does not write on every request.
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

export type SessionKind = 'browser' | 'api';

/** Creates a session and returns its secret token (shown once, stored hashed). */
export async function openSession(
	db: DatabaseOrTransaction,
	accountId: string,
	now: Date,
	kind: SessionKind = 'browser',
	label: string | null = null
): Promise<{ token: string; expiresAt: Date }> {
	const token = generateToken();
	const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_DAYS * DAY_MS);
	await db.insert(sessions).values({
		tokenHash: hashToken(token),
		accountId,
		kind,
		label,
		createdAt: now,
		lastSeenAt: now,
		expiresAt
	});
	return { token, expiresAt };
}

export interface SessionAccount {
	actor: Actor;
	locale: string;
	textSize: string;
	theme: string;
	easyRead: boolean;
	lineSpacing: string;
	contrast: string;
	readingFont: string;
}

// Every request of a signed-in person runs this: built once per database handle.
const sessionLookup = reusable((db) =>
	db
		.select({
			accountId: accounts.id,
			pseudonym: accounts.pseudonym,
			isInstanceAdmin: accounts.isInstanceAdmin,
			locale: accounts.locale,
			textSize: accounts.textSize,
			theme: accounts.theme,
			easyRead: accounts.easyRead,
			lineSpacing: accounts.lineSpacing,
			contrast: accounts.contrast,
			readingFont: accounts.readingFont,
			lastSeenAt: sessions.lastSeenAt,
			suspendedUntil: accounts.suspendedUntil
		})
		.from(sessions)
		.innerJoin(accounts, eq(accounts.id, sessions.accountId))
		.where(
			and(
				eq(sessions.tokenHash, sql.placeholder('tokenHash')),
				gt(sessions.expiresAt, sql.placeholder('now'))
			)
		)
		.prepare('resolve_session')
);

/** Finds the person behind a session token, sliding its expiry; null when unknown or expired. */
export async function resolveSession(
	db: DatabaseOrTransaction,
	token: string,
	now: Date
): Promise<SessionAccount | null> {
	if (!token || token.length > 100) return null;
	const tokenHash = hashToken(token);
	const [row] = await sessionLookup(db).execute({ tokenHash, now: now.toISOString() });
	// A suspension deletes the sessions; this also covers one opened in the same instant elsewhere.
	if (!row || (row.suspendedUntil && row.suspendedUntil > now)) return null;
	if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
		await db
			.update(sessions)
			.set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_LIFETIME_DAYS * DAY_MS) })
			.where(eq(sessions.tokenHash, tokenHash));
	}
	return {
		actor: { accountId: row.accountId, pseudonym: row.pseudonym, isInstanceAdmin: row.isInstanceAdmin },
		locale: row.locale,
		textSize: row.textSize,
		theme: row.theme,
		easyRead: row.easyRead,
		lineSpacing: row.lineSpacing,
		contrast: row.contrast,
		readingFont: row.readingFont
	};
}

/** Ends one session by its token; unknown tokens are ignored. The account it was for, if any. */
export async function closeSession(db: DatabaseOrTransaction, token: string): Promise<string | null> {
	const [closed] = await db
		.delete(sessions)
		.where(eq(sessions.tokenHash, hashToken(token)))
		.returning({ accountId: sessions.accountId });
	return closed?.accountId ?? null;
}

/** Removes expired sessions; run at start-up and then periodically. */
export async function purgeExpiredSessions(db: DatabaseOrTransaction, now: Date): Promise<void> {
	await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
