#!/usr/bin/env node
// `npm run bench:foundation`: prints the foundation's figures (nothing is asserted).
//  - cold start to first served page: new PGlite directory, existing directory, PostgreSQL;
//  - requests/s and p99 of the signed-in organisation home with autocannon on 127.0.0.1, on PGlite and
//    PostgreSQL, against a bare node:http hello world on the same machine (printed as a ratio);
//  - JavaScript shipped by the sign-in page and the organisation home (gzip KB).
// Options (environment): BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 10).
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
	format,
	freePort,
	freshPostgresDatabase,
	newDataDirectory,
	root,
	signIn,
	startServer
} from './support.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ORGANISATION_HOME = '/organisations/gem-les-traboules';

function load(url, headers = {}) {
	return new Promise((resolve, reject) => {
		autocannon({ url, connections, duration: seconds, headers }, (error, result) =>
			error ? reject(error) : resolve(result)
		);
	});
}

const describe = (result) =>
	`${format(result.requests.average, 0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
	`${result.non2xx} non-2xx, ${result.errors} errors`;

/** A bare node:http "hello world" in its own process: the ceiling of this machine for one Node process. */
async function helloWorld() {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[
			'-e',
			`require('node:http').createServer((q, s) => { s.writeHead(200, {'content-type': 'text/plain'}); s.end('hello world'); }).listen(${port}, '127.0.0.1')`
		],
		{ stdio: 'ignore' }
	);
	for (;;) {
		try {
			await fetch(`http://127.0.0.1:${port}/`);
			break;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
	}
	const result = await load(`http://127.0.0.1:${port}/`);
	child.kill();
	return result;
}

/** Gzipped size of the JavaScript a page makes the browser load (entry scripts and module preloads). */
async function javaScriptWeight(origin, path, token) {
	const headers = token ? { cookie: `ep_session=${token}` } : {};
	const html = await (await fetch(origin + path, { headers })).text();
	const sources = new Set();
	for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g))
		sources.add(match[1]);
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) sources.add(match[1]);
	for (const match of html.matchAll(/<script[^>]+src="([^"]+)"/g)) sources.add(match[1]);
	let bytes = 0;
	for (const source of sources) {
		const url = new URL(source, origin + path);
		bytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
	}
	return { files: sources.size, kilobytes: bytes / 1024 };
}

async function benchDatabase(label, env) {
	const server = await startServer(env);
	console.log(`  cold start, ${label}: ${format(server.coldStartMs, 0)} ms`);
	const token = await signIn(server.origin, 'Camille');
	const result = await load(server.origin + ORGANISATION_HOME, { cookie: `ep_session=${token}` });
	await server.stop();
	return { server, token, result };
}

if (!existsSync(join(root, 'build/index.js')) || process.env.BENCH_BUILD === '1') {
	console.log('Building…');
	spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: root,
		stdio: 'ignore'
	});
}

console.log(
	`Entrepairs foundation figures (${connections} connections, ${seconds} s per load run, 127.0.0.1)\n`
);
console.log('Cold start to first served page (spawn -> GET / answers 200):');
const dataDir = newDataDirectory();
const pgliteEnv = { DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO: 'true', NODE_ENV: 'production' };
const fresh = await startServer(pgliteEnv);
console.log(
	`  cold start, new PGlite directory (migrations + demo seed): ${format(fresh.coldStartMs, 0)} ms`
);
await fresh.stop();

const pglite = await benchDatabase('existing PGlite directory', pgliteEnv);
const postgresDatabase = await freshPostgresDatabase('entrepairs_bench');
const postgresRun = postgresDatabase
	? await benchDatabase('new PostgreSQL database (migrations + demo seed)', {
			DATABASE_URL: postgresDatabase.url,
			SEED_DEMO: 'true',
			NODE_ENV: 'production'
		})
	: null;

console.log(`\nSigned-in organisation home (GET ${ORGANISATION_HOME}):`);
console.log(`  PGlite:     ${describe(pglite.result)}`);
if (postgresRun) console.log(`  PostgreSQL: ${describe(postgresRun.result)}`);
const hello = await helloWorld();
console.log(`  node:http hello world: ${describe(hello)}`);
console.log(
	`  ratio to hello world: PGlite ${format((pglite.result.requests.average / hello.requests.average) * 100)} %` +
		(postgresRun
			? `, PostgreSQL ${format((postgresRun.result.requests.average / hello.requests.average) * 100)} %`
			: '')
);

console.log('\nJavaScript shipped (gzip -9):');
const weigh = await startServer(pgliteEnv);
const token = await signIn(weigh.origin, 'Camille');
for (const [label, path, withToken] of [
	['sign-in page', '/connexion', false],
	['organisation home, signed in', ORGANISATION_HOME, true]
]) {
	const weight = await javaScriptWeight(weigh.origin, path, withToken ? token : null);
	console.log(`  ${label}: ${format(weight.kilobytes)} KB in ${weight.files} files`);
}
await weigh.stop();
await postgresDatabase?.drop();
rmSync(dataDir, { recursive: true, force: true });
