import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client';
import { applyMigrations } from '../../src/db/migrate';
import { syncExperienceVocabulary } from '../../src/core/matching';
import { createPostgresDatabase } from './postgres-database';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A dumped PGlite data directory, migrated and with the vocabulary: each test file starts from it. */
		pgliteSnapshot: string;
		/** A migrated PostgreSQL database each test file's database is copied from (CREATE DATABASE ... TEMPLATE). */
		postgresTemplate: string;
	}
}

const MIGRATIONS = new URL('../../migrations', import.meta.url).pathname;

/**
 * Migrates once per run, not once per test file: every test file still gets its own fresh database (so tests
 * stay independent), but copied from this one instead of running initdb and every migration again, which
 * was most of the unit stage's time on a two-core machine. The pglite project gets a dumped data directory,
 * the postgres project a template database.
 */
export default async function setup(project: TestProject) {
	if (project.name === 'postgres') return preparePostgresTemplate(project);
	const handle = await openDatabase({ kind: 'pglite-memory' });
	const folder = mkdtempSync(join(tmpdir(), 'entrepairs-test-snapshot-'));
	try {
		await applyMigrations(handle, MIGRATIONS);
		await syncExperienceVocabulary(handle.db);
		const snapshot = await handle.pglite!.dumpDataDir('none');
		const path = join(folder, 'migrated.tar');
		writeFileSync(path, Buffer.from(await snapshot.arrayBuffer()));
		project.provide('pgliteSnapshot', path);
	} finally {
		await handle.close();
	}
	return () => rmSync(folder, { recursive: true, force: true });
}

async function preparePostgresTemplate(project: TestProject) {
	const serverUrl = process.env.TEST_DATABASE_URL;
	if (!serverUrl) throw new Error('TEST_DATABASE_URL is required for the postgres project');
	const template = await createPostgresDatabase(serverUrl, { prefix: 'ep_template' });
	const handle = await openDatabase({ kind: 'postgres', url: template.url, maxConnections: 1 });
	try {
		await applyMigrations(handle, MIGRATIONS);
		await syncExperienceVocabulary(handle.db);
	} finally {
		// A template must have no connection left when databases are copied from it.
		await handle.close();
	}
	project.provide('postgresTemplate', template.name);
	return template.drop;
}
