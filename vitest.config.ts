import { defineConfig } from 'vitest/config';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const alias = {
	$core: fileURLToPath(new URL('./src/core', import.meta.url)),
	$db: fileURLToPath(new URL('./src/db', import.meta.url)),
	$realtime: fileURLToPath(new URL('./src/realtime', import.meta.url)),
	$i18n: fileURLToPath(new URL('./src/i18n', import.meta.url)),
	$lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
	// Password hashing at argon2's least cost, except where a test asks for production's (see the file).
	'@node-rs/argon2': fileURLToPath(new URL('./tests/support/argon2-for-tests.ts', import.meta.url))
};

const include = ['src/**/*.test.ts', 'tests/**/*.test.ts'];

/** Test files under `dir` whose source mentions the test database: only those need a PostgreSQL run. */
function filesTouchingTheDatabase(dir: string): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) found.push(...filesTouchingTheDatabase(path));
		else if (
			entry.name.endsWith('.test.ts') &&
			/useTestDatabase|createTestDatabase|TEST_DATABASE_URL|openDatabase/.test(readFileSync(path, 'utf8'))
		)
			found.push(path);
	}
	return found;
}

// Projects extend the root (aliases, timeouts: PGlite start-up is slow on a busy 2-core machine).
// The same test files run on PGlite always, and again on PostgreSQL when TEST_DATABASE_URL is set.
export default defineConfig({
	resolve: { alias },
	test: {
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Vitest's default is one worker less than the cores: one worker on a two-core machine, where test
		// files mostly wait on a database (PGlite in the worker, or the PostgreSQL server). Two at least.
		maxWorkers: Math.max(2, availableParallelism()),
		// A worker imports the modules once for all its files instead of once per file: importing (the domain,
		// drizzle, PGlite's WASM) took 266 of the 600 test seconds. Files share no state through modules (no
		// vi.mock, no fake timers, no stubbed globals; each opens and closes its own database).
		isolate: false,
		globalSetup: ['tests/support/template-database.ts'],
		projects: [
			{ extends: true, test: { name: 'pglite', include, env: { ENTREPAIRS_TEST_DB: 'pglite' } } },
			...(process.env.TEST_DATABASE_URL
				? [
						{
							extends: true,
							test: {
								name: 'postgres',
								// Only files that touch the database need a second run (pure tables and policies do not).
								include: ['src', 'tests'].flatMap(filesTouchingTheDatabase),
								env: { ENTREPAIRS_TEST_DB: 'postgres' }
							}
						}
					]
				: [])
		]
	}
});
