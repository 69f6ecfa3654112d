import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { giveBack, lockKey, purgeFullBuckets, secondsUntil, takeToken } from './rate-limit';
import { selectRows } from '../../db/sql-helpers';
import { sql } from 'drizzle-orm';

const database = useTestDatabase();
const MINUTE = { capacity: 20, perSeconds: 60 };
const at = (iso: string) => new Date(iso);

describe('takeToken', () => {
	it('lets exactly the capacity through when 60 requests arrive at once', async () => {
		const now = at('2026-12-01T10:00:00Z');
		const results = await Promise.all(
			Array.from({ length: 60 }, () => takeToken(database(), 'parallel', MINUTE, now))
		);
		expect(results.filter((result) => result.allowed)).toHaveLength(20);
		expect(results.filter((result) => !result.allowed).every((result) => result.retryAfterSeconds >= 1)).toBe(
			true
		);
	});

	it('refills evenly over the window and never above the capacity', async () => {
		const start = at('2026-12-01T10:00:00Z');
		for (let i = 0; i < 20; i++)
			expect((await takeToken(database(), 'refill', MINUTE, start)).allowed).toBe(true);
		expect(await takeToken(database(), 'refill', MINUTE, start)).toEqual({
			allowed: false,
			retryAfterSeconds: 3
		});
		expect((await takeToken(database(), 'refill', MINUTE, at('2026-12-01T10:00:03Z'))).allowed).toBe(true);
		expect((await takeToken(database(), 'refill', MINUTE, at('2026-12-01T10:00:03Z'))).allowed).toBe(false);
		// An hour later the bucket is full again, not fuller: 20 more, then none.
		const later = at('2026-12-01T11:00:00Z');
		const burst = await Promise.all(
			Array.from({ length: 25 }, () => takeToken(database(), 'refill', MINUTE, later))
		);
		expect(burst.filter((result) => result.allowed)).toHaveLength(20);
	});

	it('keeps keys apart', async () => {
		const now = at('2026-12-01T10:00:00Z');
		const rule = { capacity: 1, perSeconds: 60 };
		expect((await takeToken(database(), 'apart:a', rule, now)).allowed).toBe(true);
		expect((await takeToken(database(), 'apart:b', rule, now)).allowed).toBe(true);
		expect((await takeToken(database(), 'apart:a', rule, now)).allowed).toBe(false);
	});

	it('gives tokens back, up to the capacity', async () => {
		const now = at('2026-12-01T10:00:00Z');
		const rule = { capacity: 2, perSeconds: 3600 };
		await takeToken(database(), 'back', rule, now);
		await takeToken(database(), 'back', rule, now);
		expect(await secondsUntil(database(), 'back', rule, now)).toBeGreaterThan(0);
		await giveBack(database(), 'back', rule, now, 5);
		expect(await secondsUntil(database(), 'back', rule, now)).toBe(0);
		const results = await Promise.all([1, 2, 3].map(() => takeToken(database(), 'back', rule, now)));
		expect(results.filter((result) => result.allowed)).toHaveLength(2);
	});

	it('purges buckets once they have refilled, and only those', async () => {
		const now = at('2026-12-01T10:00:00Z');
		const rule = { capacity: 10, perSeconds: 600 };
		await takeToken(database(), 'purge:old', rule, now);
		await takeToken(database(), 'purge:young', rule, at('2026-12-01T10:09:30Z'));
		await purgeFullBuckets(database(), at('2026-12-01T10:10:00Z'));
		const keys = await selectRows<{ key: string }>(
			database(),
			sql`select key from rate_limit_buckets where key like 'purge:%'`
		);
		expect(keys.map((row) => row.key)).toEqual(['purge:young']);
	});
});

describe('lockKey', () => {
	it('serialises check-then-insert rules across concurrent transactions', async () => {
		const db = database();
		await db.execute(sql`create table if not exists lock_probe (owner text not null)`);
		const attempt = () =>
			db.transaction(async (tx) => {
				await lockKey(tx, 'cap:owner');
				const [row] = await selectRows<{ n: number }>(
					tx,
					sql`select count(*)::int as n from lock_probe where owner = 'owner'`
				);
				if (Number(row?.n) >= 3) return false;
				await tx.execute(sql`insert into lock_probe (owner) values ('owner')`);
				return true;
			});
		const results = await Promise.all(Array.from({ length: 30 }, attempt));
		expect(results.filter(Boolean)).toHaveLength(3);
	});
});
