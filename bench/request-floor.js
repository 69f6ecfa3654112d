#!/usr/bin/env node
// `npm run bench:floor`: what a request costs before any page is rendered, to read issue 10's throughput
// goals against (public pages >= 0.10 x a bare node:http server, signed-in pages >= 0.05 x). In one sitting,
// with autocannon on 127.0.0.1 (BENCH_CONNECTIONS, default 50; BENCH_SECONDS, default 10):
//  - a bare node:http hello world (the ceiling of one Node process here);
//  - `/healthz` on the built app: the whole request pipeline (hooks, security headers, logging) and one
//    `select 1`, no page rendered: the floor of any page that reads the database;
//  - the public home rendered for every request (PUBLIC_PAGE_CACHE_MS=0) and served again from the public
//    page cache (the default, 2 s);
// on PGlite, and on PostgreSQL when it is reachable (BENCH_DATABASE_URL or the local server).
// Prints requests/s, p50/p99 and each figure as a ratio of the bare server. Needs `npm run build`.
import { rmSync } from 'node:fs';
import {
	bareNodeHttp,
	describeLoad,
	format,
	freshPostgresDatabase,
	loadTest,
	newDataDirectory,
	startServer
} from './support.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const load = (url) => loadTest(url, { connections, seconds });

async function runs(label, env) {
	const rows = [];
	for (const [name, cacheMs, path] of [
		['/healthz (pipeline + select 1)', '2000', '/healthz'],
		['public home, rendered each time', '0', '/'],
		['public home, page cache (2 s)', '2000', '/']
	]) {
		const server = await startServer({ ...env, PUBLIC_PAGE_CACHE_MS: cacheMs });
		try {
			rows.push([`${label}: ${name}`, await load(server.origin + path)]);
		} finally {
			await server.stop();
		}
	}
	return rows;
}

const dataDir = newDataDirectory();
const rows = await runs('PGlite', {
	DATA_DIR: dataDir,
	DATABASE_URL: '',
	SEED_DEMO: 'true',
	NODE_ENV: 'production'
});
rmSync(dataDir, { recursive: true, force: true });
const postgresDatabase = await freshPostgresDatabase('entrepairs_floor');
if (postgresDatabase) {
	rows.push(
		...(await runs('PostgreSQL', {
			DATABASE_URL: postgresDatabase.url,
			SEED_DEMO: 'true',
			NODE_ENV: 'production'
		}))
	);
	await postgresDatabase.drop?.();
}
const bare = await bareNodeHttp(load);
console.log(`Request floor (${connections} connections, ${seconds} s per run, 127.0.0.1)`);
console.log(`node:http hello world: ${describeLoad(bare)}`);
for (const [name, result] of rows)
	console.log(
		`${name}: ${describeLoad(result)}, ${format(result.requests.average / bare.requests.average, 4)} x bare`
	);
