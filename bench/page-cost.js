#!/usr/bin/env node
// `npm run bench:cost`: what one page view costs, in CPU milliseconds, in the server process and in the
// PostgreSQL backends serving it (read from /proc, Linux), for the pages of bench/foundation.js. CPU time
// per request depends far less on the machine's load than requests/s do, so a change can be measured
// while other work runs. Also the number of SQL statements per view (counted by the server when
// ENTREPAIRS_COUNT_QUERIES=1) and the page's size. Nothing is asserted.
// Options (environment): COST_REQUESTS (default 300 per page), COST_CONCURRENCY (default 4), BENCH_PGLITE=1
// (PGlite instead of PostgreSQL: its backend runs inside the server process), COST_NODE_ARGS (flags for
// the server's node, e.g. '--max-semi-space-size=4').
import { SERVER_NODE_OPTIONS } from '../scripts/build-if-stale.js';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { conversationWithMessages, renderingDemo, signIn, startServer } from './support.js';

const requests = Number(process.env.COST_REQUESTS ?? 300);
const concurrency = Number(process.env.COST_CONCURRENCY ?? 4);
const ticks = 100; // USER_HZ on Linux

/** User + system CPU of a process, in ms; 0 when it is gone. */
function cpuMs(pid) {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
	} catch {
		return 0;
	}
}

// The pages' render is what is measured: nothing kept.
const { database, env } = await renderingDemo('entrepairs_cost');
const nodeArgs = [...SERVER_NODE_OPTIONS, ...(process.env.COST_NODE_ARGS ?? '').split(' ').filter(Boolean)];
const server = await startServer({ ...env, ENTREPAIRS_COUNT_QUERIES: '1' }, '/', nodeArgs);
const admin = database ? postgres(database.url, { max: 1, onnotice: () => {} }) : null;
const databaseName = database ? new URL(database.url).pathname.slice(1) : '';
async function backendsCpu() {
	if (!admin) return 0;
	const rows =
		await admin`select pid from pg_stat_activity where datname = ${databaseName} and pid <> pg_backend_pid()`;
	return rows.reduce((sum, row) => sum + cpuMs(row.pid), 0);
}

const camille = await signIn(server.origin, 'Camille');
const louise = await signIn(server.origin, 'Louise');
const conversation = await conversationWithMessages(server.origin, camille, louise);

const pages = [
	['/healthz', null],
	['/ (public home)', null, '/'],
	['/api/v1/me', camille],
	['organisation home', camille, '/organisations/gem-les-traboules'],
	['conversation, 30 messages', camille, conversation]
];
const queriesOf = (response) => Number(response.headers.get('x-query-count') ?? NaN);
console.log(
	`CPU per page view, ${requests} requests at concurrency ${concurrency}, ${database ? 'PostgreSQL' : 'PGlite'}` +
		`${nodeArgs.length ? ` (node ${nodeArgs.join(' ')})` : ''}:`
);
for (const [label, token, path = label] of pages) {
	const headers = token ? { cookie: `ep_session=${token}` } : {};
	for (let index = 0; index < 20; index += 1) await (await fetch(server.origin + path, { headers })).text();
	const probe = await fetch(server.origin + path, { headers });
	const bytes = (await probe.text()).length;
	const queries = queriesOf(probe);
	const nodeBefore = cpuMs(server.child.pid);
	const pgBefore = await backendsCpu();
	const started = performance.now();
	let next = 0;
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < requests) {
				next += 1;
				await (await fetch(server.origin + path, { headers })).arrayBuffer();
			}
		})
	);
	const wall = performance.now() - started;
	const node = (cpuMs(server.child.pid) - nodeBefore) / requests;
	const pg = ((await backendsCpu()) - pgBefore) / requests;
	console.log(
		`  ${label.padEnd(28)} server ${node.toFixed(2).padStart(6)} ms` +
			(database ? `  postgres ${pg.toFixed(2).padStart(5)} ms` : '') +
			`  ${String(queries).padStart(3)} queries  ${(bytes / 1024).toFixed(1).padStart(5)} KB  ` +
			`${((requests * 1000) / wall).toFixed(0)} req/s at c=${concurrency}`
	);
}
const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1];
console.log(`  server RSS after: ${(Number(rss) / 1024).toFixed(0)} MB`);
await admin?.end();
await server.stop();
await database?.drop();
