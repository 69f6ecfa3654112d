#!/usr/bin/env node
// Fails when src/db/schema and the committed migrations/ disagree (someone forgot `npm run db:generate`).
// Generates into a copy of migrations/, so the working tree is never touched.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'ep-migrations-'));
try {
	const copy = join(scratch, 'migrations');
	cpSync(join(root, 'migrations'), copy, { recursive: true });
	const config = join(scratch, 'drizzle.config.mjs');
	writeFileSync(
		config,
		`export default { dialect: 'postgresql', schema: ${JSON.stringify(join(root, 'src/db/schema/index.ts'))}, out: ${JSON.stringify(copy)}, casing: 'snake_case' };\n`
	);
	const before = readdirSync(copy).filter((name) => name.endsWith('.sql')).length;
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules/drizzle-kit/bin.cjs'), 'generate', '--config', config, '--name', 'pending'],
		{
			cwd: root,
			encoding: 'utf8'
		}
	);
	if (result.status !== 0) {
		console.error(result.stdout, result.stderr);
		process.exit(1);
	}
	const after = readdirSync(copy).filter((name) => name.endsWith('.sql')).length;
	if (after !== before) {
		console.error(
			'migrations: the schema in src/db/schema has changes with no migration. Run `npm run db:generate` and commit migrations/.'
		);
		process.exit(1);
	}
	console.log('migrations: schema and migrations/ agree');
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
