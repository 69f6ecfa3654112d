import { afterAll, beforeAll } from 'vitest';
import postgres from 'postgres';
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/db/client';
import { applyMigrations } from '../../src/db/migrate';
import { syncExperienceVocabulary } from '../../src/core/matching';

const MIGRATIONS = new URL('../../migrations', import.meta.url).pathname;

/** A fresh, migrated database: in-memory PGlite, or a new PostgreSQL database when the project asks for it. */
export async function createTestDatabase(): Promise<{ handle: DatabaseHandle; dispose(): Promise<void> }> {
	if (process.env.ENTREPAIRS_TEST_DB !== 'postgres') {
		const handle = await openDatabase({ kind: 'pglite-memory' });
		await applyMigrations(handle, MIGRATIONS);
		await syncExperienceVocabulary(handle.db);
		return { handle, dispose: () => handle.close() };
	}
	const serverUrl = process.env.TEST_DATABASE_URL;
	if (!serverUrl) throw new Error('TEST_DATABASE_URL is required for the postgres project');
	const name = `ep_test_${randomBytes(6).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 4 });
	await applyMigrations(handle, MIGRATIONS);
	await syncExperienceVocabulary(handle.db);
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
