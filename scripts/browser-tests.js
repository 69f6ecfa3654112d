#!/usr/bin/env node
// Browser journeys (tests/e2e): Playwright (playwright-core) with Debian's Chromium and axe.
// Without Chromium they are skipped with a message, unless E2E_REQUIRED=1, which makes that a failure.
// Debian's chromium-headless-shell is preferred when installed: the same engine and version without the
// full browser around it (Playwright's own choice for headless runs); it used half the processor time of
// /usr/bin/chromium for the same pages and audits.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const chromium =
	process.env.CHROMIUM_PATH ||
	['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path)) ||
	'/usr/bin/chromium';
if (!existsSync(chromium)) {
	console.log(
		`e2e skipped: no Chromium found at ${chromium} (install Debian's chromium or set CHROMIUM_PATH).`
	);
	process.exit(process.env.E2E_REQUIRED === '1' ? 1 : 0);
}
mkdirSync(join(root, 'test-results'), { recursive: true });
const result = spawnSync(
	process.execPath,
	[
		join(root, 'node_modules/vitest/vitest.mjs'),
		'run',
		'--config',
		'vitest.browser.config.ts',
		'--reporter=default',
		'--reporter=json',
		'--outputFile=test-results/e2e.json',
		...process.argv.slice(2)
	],
	{ cwd: root, stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } }
);
process.exit(result.status ?? 1);
