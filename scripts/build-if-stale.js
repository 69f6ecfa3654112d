// Shared by `npm start` and `npm run start:cluster`: builds the app when build/ is missing or older than
// the sources, so a fresh clone or a pulled change needs no separate `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const buildEntry = join(root, 'build', 'index.js');
/** What serves the build: adapter-node's handler with security headers on static files too. */
export const serverEntry = join(root, 'scripts', 'server.js');
/**
 * Node's options for the server process: given to the processes started here and by the benches and journeys,
 * and written in package.json's `start` (`npm start` serves from the node process it starts). The memory
 * goal of issue 10, item 27 (6 December 2026, PostgreSQL, pages rendered for every request at -c 50):
 *  - V8's young generation grows to 2 x 16 MB by default and stays that size; at 2 x 8 MB the server is
 *    about 20 MB smaller idle (161 to 141 MB);
 *  - under load, requests living a few hundred milliseconds get promoted, and the old generation was let
 *    grow to about 170 MB (44 MB of it live) before a full collection: 290 MB resident after the runs.
 *    Growing it by 50 % at most before collecting keeps it at 175 MB.
 * Together they cost 0 to 10 % of the pages rendered a second (runs vary more than that).
 */
export const SERVER_NODE_OPTIONS = ['--max-semi-space-size=8', '--heap-growing-percent=50'];

const SOURCES = ['src', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'];

/** @param {string} path */
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

/** Where the last build's full output goes (the console only gets a progress line). */
export const buildLog = join(root, '.svelte-kit', 'build.log');

/**
 * Runs `vite build` when the build is stale; exits the process when the build fails. Its ~300 lines of
 * output go to `.svelte-kit/build.log`: the console says what is happening, how long it took, and, only
 * when the build fails, the end of the log.
 */
export function buildIfStale() {
	if (!buildIsStale()) return;
	const started = Date.now();
	process.stdout.write(
		'Entrepairs: preparing the application (first start or changed sources, about 30 s)… '
	);
	mkdirSync(dirname(buildLog), { recursive: true });
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
		{
			cwd: root,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			env: { ...process.env, FORCE_COLOR: '0' }
		}
	);
	writeFileSync(buildLog, `${result.stdout ?? ''}${result.stderr ?? ''}`);
	if (result.status !== 0) {
		console.log('failed.');
		const lines = readFileSync(buildLog, 'utf8').trimEnd().split('\n');
		console.error(lines.slice(-40).join('\n'));
		console.error(`\nThe build failed; its full output is in ${buildLog}`);
		process.exit(result.status ?? 1);
	}
	console.log(`done in ${Math.round((Date.now() - started) / 1000)} s.`);
}
