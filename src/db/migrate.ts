import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import postgres from 'postgres';
import type { DatabaseHandle } from './client';

// Any fixed number: every app process takes this advisory lock so only one applies migrations at a time.
const MIGRATION_LOCK_ID = 4_172_026;

/** Applies the committed migrations in `migrationsFolder`; safe when several processes start together. */
export async function applyMigrations(handle: DatabaseHandle, migrationsFolder: string): Promise<void> {
	if (handle.kind === 'pglite') {
		await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
		return;
	}
	if (!handle.postgresUrl) throw new Error('PostgreSQL handle without a URL');
	// One dedicated connection: the session-level advisory lock and the migration share it.
	const client = postgres(handle.postgresUrl, { max: 1, onnotice: () => {} });
	try {
		await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
		await migratePostgres(drizzlePostgres(client), { migrationsFolder });
	} finally {
		await client`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`.catch(() => {});
		await client.end({ timeout: 5 });
	}
}
