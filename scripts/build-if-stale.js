// Shared by `npm start` and `npm run start:cluster`: builds the app when build/ is missing or older than
// the sources, so a fresh clone or a pulled change needs no separate `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const buildEntry = join(root, 'build', 'index.js');
/** What serves the build: adapter-node's handler with security headers on static files too. */
export const serverEntry = join(root, 'scripts', 'server.js');

const SOURCES = ['src', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'];

function newestModification(path) {
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	let newest = stats.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
	return newest;
}

/** True when there is no build, or a source file changed after it was made. */
export function buildIsStale() {
	if (!existsSync(buildEntry)) return true;
	const sources = SOURCES.map((name) => join(root, name)).filter(existsSync);
	return Math.max(...sources.map(newestModification)) > statSync(buildEntry).mtimeMs;
}

/** Runs `vite build` when the build is stale; exits the process when the build fails. */
export function buildIfStale() {
	if (!buildIsStale()) return;
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
