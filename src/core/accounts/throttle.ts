import { eq, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { signInThrottles } from '../../db/schema';
import { delayAfterFailures, type ThrottleRule } from './throttle-policy';

/** Seconds until the key may try again (0 when it may try now). */
export async function secondsBlocked(db: DatabaseOrTransaction, key: string, now: Date): Promise<number> {
	const [row] = await db
		.select({ blockedUntil: signInThrottles.blockedUntil })
		.from(signInThrottles)
		.where(eq(signInThrottles.key, key));
	if (!row?.blockedUntil) return 0;
	return Math.max(0, Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000));
}

/** Counts one more failure for the key and sets its next allowed time. */
export async function recordFailure(
	db: DatabaseOrTransaction,
	key: string,
	rule: ThrottleRule,
	now: Date
): Promise<void> {
	const [row] = await db
		.insert(signInThrottles)
		.values({ key, failures: 1, lastFailureAt: now })
		.onConflictDoUpdate({
			target: signInThrottles.key,
			set: { failures: sql`${signInThrottles.failures} + 1`, lastFailureAt: now }
		})
		.returning({ failures: signInThrottles.failures });
	const delay = delayAfterFailures(row?.failures ?? 1, rule);
	if (delay > 0) {
		await db
			.update(signInThrottles)
			.set({ blockedUntil: new Date(now.getTime() + delay * 1000) })
			.where(eq(signInThrottles.key, key));
	}
}

export async function clearFailures(db: DatabaseOrTransaction, key: string): Promise<void> {
	await db.delete(signInThrottles).where(eq(signInThrottles.key, key));
}
