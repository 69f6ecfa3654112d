import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm/logger';

/**
 * Counts the SQL statements a request runs, when ENTREPAIRS_COUNT_QUERIES=1 (bench/page-cost.js reads the
 * count from the `x-query-count` header). Off by default: no logger, no cost.
 */
export const countingQueries = process.env.ENTREPAIRS_COUNT_QUERIES === '1';

const requestCount = new AsyncLocalStorage<{ queries: number }>();

/** Drizzle's logger hook: called once per statement, inside the request's async context. */
export const queryCounter: Logger | undefined = countingQueries
	? {
			logQuery: () => {
				const store = requestCount.getStore();
				if (store) store.queries += 1;
			}
		}
	: undefined;

/** Runs a request with its own count; returns its result and the count. */
export async function withQueryCount<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
	const store = { queries: 0 };
	const result = await requestCount.run(store, run);
	return { result, queries: store.queries };
}
