#!/usr/bin/env node
// `npm run bench:foundation`: prints the foundation's figures (nothing is asserted).
//  - cold start to first served page: new PGlite directory, existing directory, PostgreSQL;
//  - requests/s, p50 and p99 with autocannon on 127.0.0.1, on PGlite and PostgreSQL, of the public home,
//    the signed-in organisation home and a signed-in conversation page holding 30 messages (sent through
//    the API first), each against a bare node:http hello world of the same sitting (printed as a ratio);
//  - the server's resident memory (RSS) idle after start-up, right after the runs, and after an idle pause;
//  - the conversation page's bytes, as sent and with gzip / brotli;
//  - JavaScript shipped by the sign-in page and the organisation home (gzip KB).
// The signed-in pages are measured twice: as the bench asks them (one person asking the same page again and
// again, so from the second answer on they are kept pages, page-cache.ts), and rendered for every request
// (a second server on the same data with SIGNED_IN_PAGE_CACHE_MS=0 and PUBLIC_PAGE_CACHE_MS=0): what a
// first view, or any view after a change, costs. BENCH_RENDERED=0 skips the second server.
// Autocannon sends no Accept-Encoding: the figures are those of uncompressed pages.
// Options (environment): BENCH_SECONDS (default 20), BENCH_CONNECTIONS (default 50), BENCH_IDLE_SECONDS
// (pause before the last RSS reading, default 30), BENCH_DATABASE_URL (the PostgreSQL server to use).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
	bareNodeHttp,
	conversationWithMessages,
	CONVERSATION_MESSAGES as MESSAGES,
	describeLoad as describe,
	format,
	loadTest,
	freshPostgresDatabase,
	newDataDirectory,
	NOTHING_KEPT,
	root,
	signIn,
	startServer
} from './support.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const idleSeconds = Number(process.env.BENCH_IDLE_SECONDS ?? 30);
const ORGANISATION = 'gem-les-traboules';
const ORGANISATION_HOME = `/organisations/${ORGANISATION}`;

const load = (url, headers = {}) => loadTest(url, { connections, seconds, headers });

/** Resident memory of a process, in MB (Linux: /proc). */
function residentMegabytes(pid) {
	try {
		const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) / 1024 : NaN;
	} catch {
		return NaN;
	}
}

/** The page's bytes as sent without Accept-Encoding, and as sent when the browser accepts gzip or brotli. */
async function pageBytes(origin, path, token) {
	const sizes = {};
	for (const encoding of ['identity', 'gzip', 'br']) {
		const response = await fetch(origin + path, {
			headers: { cookie: `ep_session=${token}`, 'accept-encoding': encoding }
		});
		// fetch decodes the body: the bytes on the wire are in content-length, or re-measured from the text.
		const length = response.headers.get('content-length');
		const text = await response.text();
		sizes[encoding] = {
			kilobytes: (length ? Number(length) : Buffer.byteLength(text)) / 1024,
			encoded: response.headers.get('content-encoding') ?? 'none',
			decodedKilobytes: Buffer.byteLength(text) / 1024
		};
	}
	return sizes;
}

const helloWorld = () => bareNodeHttp(load);

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

const rendered = process.env.BENCH_RENDERED !== '0';

/** Load runs of `pages` ([label, path, token]) on a server started with `env`, and its memory. */
async function loadPages(server, pages) {
	await new Promise((resolve) => setTimeout(resolve, 2000));
	const idle = residentMegabytes(server.child.pid);
	const results = {};
	for (const [page, path, token] of pages) {
		results[page] = await load(server.origin + path, token ? { cookie: `ep_session=${token}` } : {});
	}
	const after = residentMegabytes(server.child.pid);
	await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
	const rested = residentMegabytes(server.child.pid);
	await server.stop();
	return { results, memory: { idle, after, rested } };
}

async function benchDatabase(label, env) {
	const server = await startServer(env);
	console.log(`  cold start, ${label}: ${format(server.coldStartMs, 0)} ms`);
	const camille = await signIn(server.origin, 'Camille');
	const louise = await signIn(server.origin, 'Louise');
	const conversation = await conversationWithMessages(server.origin, camille, louise);
	const bytes = await pageBytes(server.origin, conversation, camille);
	const signedIn = [
		['organisation home, signed in', ORGANISATION_HOME, camille],
		[`conversation with ${MESSAGES} messages, signed in`, conversation, camille]
	];
	const kept = await loadPages(server, [['public home /', '/', null], ...signedIn]);
	const runs = [{ label, ...kept, bytes }];
	if (rendered) {
		// The same data and sessions (PGlite's directory, or the PostgreSQL database), nothing kept.
		const again = await startServer({ ...env, ...NOTHING_KEPT });
		runs.push({ label: `${label}, rendered for every request`, ...(await loadPages(again, signedIn)) });
	}
	return runs;
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

console.log('  (the PGlite runs below use that existing directory)');
const runs = await benchDatabase('PGlite', pgliteEnv);
const postgresDatabase = await freshPostgresDatabase('entrepairs_bench');
if (postgresDatabase) {
	console.log('  (the PostgreSQL runs below start on a new database: migrations + demo seed)');
	runs.push(
		...(await benchDatabase('PostgreSQL', {
			DATABASE_URL: postgresDatabase.url,
			SEED_DEMO: 'true',
			NODE_ENV: 'production'
		}))
	);
}
const hello = await helloWorld();
console.log(`\nnode:http hello world: ${describe(hello)}`);
for (const run of runs) {
	console.log(`\n${run.label}:`);
	for (const [page, result] of Object.entries(run.results)) {
		const ratio = result.requests.average / hello.requests.average;
		console.log(`  ${page}: ${describe(result)}, ${format(ratio, 4)} x bare`);
	}
	const { idle, after, rested } = run.memory;
	console.log(
		`  server RSS: ${format(idle, 0)} MB idle, ${format(after, 0)} MB after the runs, ` +
			`${format(rested, 0)} MB after ${idleSeconds} s idle`
	);
	if (!run.bytes) continue;
	const { identity, gzip, br } = run.bytes;
	console.log(
		`  conversation page: ${format(identity.kilobytes)} KB as HTML, ${format(gzip.kilobytes)} KB ` +
			`(${gzip.encoded}) with Accept-Encoding: gzip, ${format(br.kilobytes)} KB (${br.encoded}) with br`
	);
}

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
