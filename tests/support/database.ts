import { afterAll, beforeAll, inject } from 'vitest';
import postgres from 'postgres';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/db/client';

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
	const name = `ep_test_${randomBytes(6).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name} template ${inject('postgresTemplate')}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 4 });
	return {
		handle,
		dispose: async () => {
			await handle.close();
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
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
