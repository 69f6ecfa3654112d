#!/usr/bin/env node
// `npm test`: unit and integration tests (PGlite, and PostgreSQL when TEST_DATABASE_URL is set), the
// schema/migrations check, then the browser journeys (skipped without Chromium unless E2E_REQUIRED=1).
// Works on a fresh clone with nothing run before it: it generates SvelteKit's tsconfig first.
// Ends with one line "tests: N passed, N failed", where a test file that failed to load counts as a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// A report left by an earlier run must never be counted for this one.
rmSync(join(root, 'test-results'), { recursive: true, force: true });
mkdirSync(join(root, 'test-results'), { recursive: true });
const vitest = join(root, 'node_modules/vitest/vitest.mjs');

function run(label, args, env = {}) {
	console.log(`\n=== ${label} ===`);
	const result = spawnSync(process.execPath, args, {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ...env }
	});
	return result.status ?? 1;
}

/**
 * Passed and failed tests of a Vitest JSON report. A file that failed before running any test (an import
 * error, a missing tsconfig) has no failed test: it counts as one failure, so it can never look green.
 */
function counts(file) {
	if (!existsSync(file)) return { passed: 0, failed: 0 };
	const report = JSON.parse(readFileSync(file, 'utf8'));
	const brokenFiles = (report.testResults ?? []).filter(
		(result) =>
			result.status === 'failed' && !(result.assertionResults ?? []).some((test) => test.status === 'failed')
	).length;
	return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + brokenFiles };
}

// Vitest and the browser journeys read .svelte-kit/tsconfig.json, which `svelte-kit sync` writes.
const syncStatus = run('svelte-kit sync', [join(root, 'node_modules/@sveltejs/kit/svelte-kit.js'), 'sync']);

const silent = { ENTREPAIRS_SILENT_LOGS: '1' };
if (!process.env.TEST_DATABASE_URL)
	console.log('TEST_DATABASE_URL is not set: integration tests run on PGlite only.');
const unitStatus = run(
	'unit and integration',
	[vitest, 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
	silent
);
const migrationStatus = run('schema and migrations', [join(root, 'scripts/check-migrations.js')]);
const e2eStatus = run('browser journeys', [join(root, 'scripts/browser-tests.js')], silent);

const unit = counts(join(root, 'test-results/unit.json'));
const e2e = counts(join(root, 'test-results/e2e.json'));
const passed = unit.passed + e2e.passed + (migrationStatus === 0 ? 1 : 0);
const failed = unit.failed + e2e.failed + (migrationStatus === 0 ? 0 : 1);
const ok = syncStatus === 0 && unitStatus === 0 && migrationStatus === 0 && e2eStatus === 0;
console.log(`\ntests: ${passed} passed, ${failed === 0 && !ok ? 1 : failed} failed`);
process.exit(ok ? 0 : 1);
