import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm/logger';

/**
 * What a request did to the database, seen statement by statement (Drizzle's logger runs inside the
 * request's async context): whether it wrote anything, and, when ENTREPAIRS_COUNT_QUERIES=1 (or =log),
 * how many statements it ran (bench/page-cost.js reads the count from the `x-query-count` header).
 *
 * A page whose request wrote is never kept for the next views (page-cache.ts): writing is a side effect
 * (an access log line, a read marker, a rate-limit token) that each view must have, and what it changed
 * may show on other pages, so kept pages are dropped too.
 */
export const countingQueries = ['1', 'log'].includes(process.env.ENTREPAIRS_COUNT_QUERIES ?? '');
/** ENTREPAIRS_COUNT_QUERIES=log also writes each statement (its first 200 characters) to stderr. */
const printing = process.env.ENTREPAIRS_COUNT_QUERIES === 'log';

/**
 * Statements that change data. Errs towards "wrote" (`select … for update` in a statement that also sets
 * something, a column named `set`): a page wrongly taken for a write is only not kept.
 */
const WRITES = /\b(?:insert\s+into|delete\s+from|merge\s+into|truncate)\b|\bupdate\s[\s\S]*?\bset\b/i;

export interface RequestStatements {
	queries: number;
	wrote: boolean;
}

const current = new AsyncLocalStorage<RequestStatements>();

/** Drizzle's logger hook: called once per statement, inside the request's async context. */
export const statementWatcher: Logger = {
	logQuery: (query) => {
		const store = current.getStore();
		if (store) {
			store.queries += 1;
			if (!store.wrote && WRITES.test(query)) store.wrote = true;
		}
		if (printing) process.stderr.write(`query: ${query.replace(/\s+/g, ' ').slice(0, 200)}\n`);
	}
};

/** Runs a request with its own record of statements; returns its result and that record. */
export async function withRequestStatements<T>(
	run: (statements: RequestStatements) => Promise<T>
): Promise<{ result: T } & RequestStatements> {
	const store: RequestStatements = { queries: 0, wrote: false };
	const result = await current.run(store, () => run(store));
	return { result, ...store };
}

/**
 * For a change the request causes without running the statement itself (a read marker recorded in a
 * later batch): it counts as a write of this request.
 */
export function noteWrite(): void {
	const store = current.getStore();
	if (store) store.wrote = true;
}

/** Exported for its table test. */
export const isWrite = (statement: string): boolean => WRITES.test(statement);
