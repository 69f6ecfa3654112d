import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = {
	$core: fileURLToPath(new URL('./src/core', import.meta.url)),
	$db: fileURLToPath(new URL('./src/db', import.meta.url)),
	$realtime: fileURLToPath(new URL('./src/realtime', import.meta.url)),
	$i18n: fileURLToPath(new URL('./src/i18n', import.meta.url)),
	$lib: fileURLToPath(new URL('./src/lib', import.meta.url))
};

const include = ['src/**/*.test.ts', 'tests/**/*.test.ts'];

// Projects extend the root (aliases, timeouts: PGlite start-up is slow on a busy 2-core machine).
// The same test files run on PGlite always, and again on PostgreSQL when TEST_DATABASE_URL is set.
export default defineConfig({
	resolve: { alias },
	test: {
		testTimeout: 30_000,
		hookTimeout: 60_000,
		projects: [
			{ extends: true, test: { name: 'pglite', include, env: { ENTREPAIRS_TEST_DB: 'pglite' } } },
			...(process.env.TEST_DATABASE_URL
				? [
						{
							extends: true,
							test: {
								name: 'postgres',
								include,
								// Only files that touch the database need a second run.
								exclude: [
									'src/**/policy.test.ts',
									'src/i18n/**',
									'src/**/pseudonym.test.ts',
									'src/**/throttle-policy.test.ts',
									'src/**/schemas.test.ts',
									'src/core/safety/**'
								],
								env: { ENTREPAIRS_TEST_DB: 'postgres' }
							}
						}
					]
				: [])
		]
	}
});
