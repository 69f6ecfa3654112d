import { lt, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { rateLimitBuckets } from '../../db/schema';
import { selectRows } from '../../db/sql-helpers';
import { DomainError } from './errors';

/**
 * Every rate, cap and once-only rule goes through here: one atomic statement per request, never
 * "count, then insert" (two requests that both count 19 would both insert).
 *
 * A rule is a token bucket: `capacity` tokens, refilled evenly over `perSeconds`. "20 messages a minute"
 * is { capacity: 20, perSeconds: 60 }: a burst of 20, then one every 3 s. Buckets decay by themselves, so
 * an old burst of failures is forgotten, and a row whose bucket is full again is purged.
 */
export interface RateRule {
	capacity: number;
	perSeconds: number;
}

export interface TakeResult {
	allowed: boolean;
	/** Seconds until `cost` tokens are available again (0 when allowed). */
	retryAfterSeconds: number;
}

function refillPerSecond(rule: RateRule): number {
	return rule.capacity / rule.perSeconds;
}

/**
 * Takes `cost` tokens from the key's bucket if it has them, in one upsert: PostgreSQL locks the row for
 * ON CONFLICT DO UPDATE and evaluates its WHERE on the latest version, so concurrent takers queue on the
 * row and each sees what the previous one left.
 */
export async function takeToken(
	db: DatabaseOrTransaction,
	key: string,
	rule: RateRule,
	now: Date,
	cost = 1
): Promise<TakeResult> {
	const rate = refillPerSecond(rule);
	const at = now.toISOString();
	// Tokens after refilling for the time elapsed (never negative time: clocks of two processes may differ).
	const refilled = sql`least(${rule.capacity}::float8, b.tokens + greatest(0, extract(epoch from (${at}::timestamptz - b.updated_at))) * ${rate}::float8)`;
	const taken = await selectRows<{ tokens: number }>(
		db,
		sql`
		insert into rate_limit_buckets as b (key, tokens, updated_at, full_at)
		values (${key}, ${rule.capacity - cost}::float8, ${at}::timestamptz,
			${at}::timestamptz + make_interval(secs => ${cost / rate}::float8))
		on conflict (key) do update
			set tokens = ${refilled} - ${cost}::float8,
				updated_at = greatest(b.updated_at, ${at}::timestamptz),
				full_at = greatest(b.updated_at, ${at}::timestamptz)
					+ make_interval(secs => (${rule.capacity}::float8 - (${refilled} - ${cost}::float8)) / ${rate}::float8)
			where ${refilled} >= ${cost}::float8
		returning tokens`
	);
	if (rule.capacity >= cost && taken.length > 0) return { allowed: true, retryAfterSeconds: 0 };
	return { allowed: false, retryAfterSeconds: await secondsUntil(db, key, rule, now, cost) };
}

/** Takes a token or throws RATE_LIMITED with the wait, worded by `messageKey`. */
export async function requireToken(
	db: DatabaseOrTransaction,
	key: string,
	rule: RateRule,
	now: Date,
	messageKey = 'error.rate_limited'
): Promise<void> {
	const { allowed, retryAfterSeconds } = await takeToken(db, key, rule, now);
	if (!allowed) throw new DomainError('RATE_LIMITED', messageKey, [], retryAfterSeconds);
}

/** Seconds until the key's bucket holds `cost` tokens (0 when it does now). Reads only. */
export async function secondsUntil(
	db: DatabaseOrTransaction,
	key: string,
	rule: RateRule,
	now: Date,
	cost = 1
): Promise<number> {
	const rate = refillPerSecond(rule);
	const [row] = await selectRows<{ tokens: number; updated_at: string | Date }>(
		db,
		sql`select tokens, updated_at from rate_limit_buckets where key = ${key}`
	);
	if (!row) return 0;
	const elapsed = Math.max(0, (now.getTime() - new Date(row.updated_at).getTime()) / 1000);
	const tokens = Math.min(rule.capacity, Number(row.tokens) + elapsed * rate);
	if (tokens >= cost) return 0;
	return Math.max(1, Math.ceil((cost - tokens) / rate));
}

/** Gives tokens back (a sign-in that succeeded, a send that turned out to be a retry). */
export async function giveBack(
	db: DatabaseOrTransaction,
	key: string,
	rule: RateRule,
	now: Date,
	amount = 1
): Promise<void> {
	const rate = refillPerSecond(rule);
	const at = now.toISOString();
	const refilled = sql`least(${rule.capacity}::float8, b.tokens + greatest(0, extract(epoch from (${at}::timestamptz - b.updated_at))) * ${rate}::float8 + ${amount}::float8)`;
	await db.execute(sql`
		update rate_limit_buckets as b
			set tokens = ${refilled},
				updated_at = greatest(b.updated_at, ${at}::timestamptz),
				full_at = greatest(b.updated_at, ${at}::timestamptz)
					+ make_interval(secs => (${rule.capacity}::float8 - ${refilled}) / ${rate}::float8)
			where key = ${key}`);
}

/** Forgets a key (its bucket is full again). */
export async function resetBucket(db: DatabaseOrTransaction, key: string): Promise<void> {
	await db.execute(sql`delete from rate_limit_buckets where key = ${key}`);
}

/**
 * Serialises "check, then act" rules that are not rates (at most 3 pending requests, once per person):
 * within a transaction, everyone holding the same key waits for the previous holder's commit, so the
 * check sees what they wrote. Released at commit or rollback.
 */
export async function lockKey(tx: DatabaseOrTransaction, key: string): Promise<void> {
	await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

/** Deletes buckets that have refilled: they hold addresses and account ids, and say nothing any more. */
export async function purgeFullBuckets(db: DatabaseOrTransaction, now: Date): Promise<number> {
	const deleted = await db
		.delete(rateLimitBuckets)
		.where(lt(rateLimitBuckets.fullAt, now))
		.returning({ key: rateLimitBuckets.key });
	return deleted.length;
}
