import { afterAll, beforeAll, inject } from 'vitest';
import { readFile } from 'node:fs/promises';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/db/client';
import { createPostgresDatabase } from './postgres-database';

/**
 * A fresh, migrated database: in-memory PGlite, or a new PostgreSQL database when the project asks for it.
 * Both are copies of the database migrated once for the run (template-database.ts).
 */
export async function createTestDatabase(): Promise<{ handle: DatabaseHandle; dispose(): Promise<void> }> {
	if (process.env.ENTREPAIRS_TEST_DB !== 'postgres') {
		const snapshot = new Blob([await readFile(inject('pgliteSnapshot'))]);
		const handle = await openDatabase({ kind: 'pglite-memory', snapshot });
		return { handle, dispose: () => handle.close() };
	}
	const serverUrl = process.env.TEST_DATABASE_URL;
	if (!serverUrl) throw new Error('TEST_DATABASE_URL is required for the postgres project');
	const database = await createPostgresDatabase(serverUrl, {
		prefix: 'ep_test',
		template: inject('postgresTemplate')
	});
	const handle = await openDatabase({ kind: 'postgres', url: database.url, maxConnections: 4 });
	return {
		handle,
		dispose: async () => {
			await handle.close();
			await database.drop();
		}
	};
}

/** One database per test file; tests build their own data, so nothing needs cleaning between them. */
export function useTestDatabase(): () => Database {
	let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(async () => {
		await database?.dispose();
	});
	return () => {
		if (!database) throw new Error('test database not ready');
		return database.handle.db;
	};
}
