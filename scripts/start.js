#!/usr/bin/env node
// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
// Defaults: port 3000, embedded database in ./data (see README.md for every setting).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const buildEntry = join(root, 'build', 'index.js');

function newestModification(path) {
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	let newest = stats.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
	return newest;
}

const sources = ['src', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'].map((name) =>
	join(root, name)
);
const stale =
	!existsSync(buildEntry) ||
	Math.max(...sources.filter(existsSync).map(newestModification)) > statSync(buildEntry).mtimeMs;

if (stale) {
	console.log('Building Entrepairs (first start or sources changed)…');
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
		{
			cwd: root,
			stdio: 'inherit'
		}
	);
	if (result.status !== 0) process.exit(result.status ?? 1);
}

process.env.PORT ??= '3000';
process.env.BODY_SIZE_LIMIT ??= '1M';
// The public address decides form-origin checks and Secure cookies. Behind https, set ORIGIN=https://….
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// `npm start` on a fresh machine is how people try Entrepairs: demo content on the embedded database,
// unless the operator said NODE_ENV=production, SEED_DEMO=false, or uses PostgreSQL.
if (!process.env.NODE_ENV && !process.env.DATABASE_URL) process.env.SEED_DEMO ??= 'true';
process.env.NODE_ENV ??= 'production';
await import(buildEntry);
