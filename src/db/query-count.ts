import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm/logger';

/**
 * Counts the SQL statements a request runs, when ENTREPAIRS_COUNT_QUERIES=1 (or =log) (bench/page-cost.js reads the
 * count from the `x-query-count` header). Off by default: no logger, no cost.
 */
export const countingQueries = ['1', 'log'].includes(process.env.ENTREPAIRS_COUNT_QUERIES ?? '');
/** ENTREPAIRS_COUNT_QUERIES=log also writes each statement (its first 200 characters) to stderr. */
const printing = process.env.ENTREPAIRS_COUNT_QUERIES === 'log';

const requestCount = new AsyncLocalStorage<{ queries: number }>();

/** Drizzle's logger hook: called once per statement, inside the request's async context. */
export const queryCounter: Logger | undefined = countingQueries
	? {
			logQuery: (query) => {
				const store = requestCount.getStore();
				if (store) store.queries += 1;
				if (printing) process.stderr.write(`query: ${query.replace(/\s+/g, ' ').slice(0, 200)}\n`);
			}
		}
	: undefined;

/** Runs a request with its own count; returns its result and the count. */
export async function withQueryCount<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
	const store = { queries: 0 };
	const result = await requestCount.run(store, run);
	return { result, queries: store.queries };
}
