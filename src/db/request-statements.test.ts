import { describe, expect, it } from 'vitest';
import { isWrite, noteWrite, statementWatcher, withRequestStatements } from './request-statements';

describe('which statements count as writes', () => {
	it.each([
		['insert into "messages" ("id") values ($1)', true],
		['update "sessions" set "last_seen_at" = $1 where "sessions"."token_hash" = $2', true],
		['delete from "sessions" where "sessions"."token_hash" = $1 returning "account_id"', true],
		['with moved as (update rate_buckets b set tokens = tokens - 1 returning *) select * from moved', true],
		['insert into rate_buckets (key) values ($1) on conflict (key) do update set tokens = 1', true],
		['select "id", "updated_at", "deleted_at" from "messages" where "id" = $1', false],
		['select "offset", "reset_at" from "things"', false],
		['select 1', false]
	])('%s', (statement, wrote) => {
		expect(isWrite(statement)).toBe(wrote);
	});
});

describe('a request’s record of statements', () => {
	it('counts the statements run inside the request, and whether one wrote', async () => {
		const reading = await withRequestStatements(async () => {
			statementWatcher.logQuery('select 1', []);
			await Promise.resolve();
			statementWatcher.logQuery('select 2', []);
			return 'page';
		});
		expect(reading).toEqual({ result: 'page', queries: 2, wrote: false });
		const writing = await withRequestStatements(async () => {
			statementWatcher.logQuery('select 1', []);
			await new Promise((resolve) => setTimeout(resolve, 1));
			statementWatcher.logQuery('update "x" set "y" = 1', []);
		});
		expect(writing).toMatchObject({ queries: 2, wrote: true });
		// Outside a request, nothing is recorded anywhere.
		statementWatcher.logQuery('delete from "x"', []);
		noteWrite();
	});

	it('takes a change noted without a statement (a batched read marker) as a write of the request', async () => {
		const viewing = await withRequestStatements(async () => noteWrite());
		expect(viewing.wrote).toBe(true);
	});

	it('keeps parallel requests apart', async () => {
		const [a, b] = await Promise.all([
			withRequestStatements(async () => {
				await new Promise((resolve) => setTimeout(resolve, 5));
				statementWatcher.logQuery('select 1', []);
			}),
			withRequestStatements(async () => {
				statementWatcher.logQuery('insert into "x" values (1)', []);
				await new Promise((resolve) => setTimeout(resolve, 10));
			})
		]);
		expect([a.wrote, b.wrote]).toEqual([false, true]);
	});
});
