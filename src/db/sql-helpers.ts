import { sql, type SQL } from 'drizzle-orm';
import type { DatabaseOrTransaction } from './client';

/** A text[] literal built from bound parameters (drizzle would otherwise spread an array into a list). */
export function textArray(values: readonly string[]): SQL {
	if (values.length === 0) return sql`array[]::text[]`;
	return sql`array[${sql.join(
		values.map((value) => sql`${value}`),
		sql`, `
	)}]::text[]`;
}

/** Runs a raw query and returns its rows, whichever driver is underneath (PGlite and postgres.js differ). */
export async function selectRows<T>(db: DatabaseOrTransaction, query: SQL): Promise<T[]> {
	const result = (await db.execute(query)) as unknown;
	if (Array.isArray(result)) return result as T[];
	return ((result as { rows?: T[] }).rows ?? []) as T[];
}
