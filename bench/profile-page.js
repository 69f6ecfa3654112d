#!/usr/bin/env node
// `node bench/profile-page.js [page]`: where a signed-in page's server time goes. Starts the built server
// (PostgreSQL when BENCH_DATABASE_URL or the local server is reachable, else PGlite) under --cpu-prof,
// loads the page with autocannon, then prints, for the load run only, the heaviest functions (self time) and files (inclusive
// time of frames from that file), and the SQL statements one page view runs (counted through
// pg_stat_statements-free logging: the server's ENTREPAIRS_QUERY_LOG). Nothing is asserted.
// page: 'conversation' (default, 30 messages), 'organisation', or a path.
import { SERVER_NODE_OPTIONS } from '../scripts/build-if-stale.js';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	conversationWithMessages,
	describeLoad,
	loadTest,
	renderingDemo,
	signIn,
	startServer
} from './support.js';

const which = process.argv[2] ?? 'conversation';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const profileDir = mkdtempSync(join(tmpdir(), 'entrepairs-prof-'));
// The pages' render is what is measured: nothing kept.
const { database, env } = await renderingDemo('entrepairs_prof');
const server = await startServer(env, '/', [
	...SERVER_NODE_OPTIONS,
	'--cpu-prof',
	`--cpu-prof-dir=${profileDir}`
]);
const camille = await signIn(server.origin, 'Camille');
const louise = await signIn(server.origin, 'Louise');

let path = which;
if (which === 'organisation') path = '/organisations/gem-les-traboules';
const headers = process.env.PROFILE_ANONYMOUS === '1' ? {} : { cookie: `ep_session=${camille}` };
if (which === 'conversation') path = await conversationWithMessages(server.origin, camille, louise);
const result = await loadTest(server.origin + path, {
	connections: 50,
	seconds,
	headers
});
console.log(`${path} (${database ? 'PostgreSQL' : 'PGlite'}): ${describeLoad(result)}`);
await server.stop();
await database?.drop?.();

const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const self = new Map();
const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
// Only the load run counts (not start-up, migrations, the demo seed): the samples of its last `seconds`.
const loadStart = profile.endTime - seconds * 1e6 - 0.5e6;
let at = profile.startTime;
let counted = 0;
profile.samples.forEach((id, index) => {
	at += profile.timeDeltas[index];
	if (at < loadStart) return;
	counted += 1;
	self.set(id, (self.get(id) ?? 0) + interval);
});
const total = counted * interval;
const label = (frame) => {
	const url = frame.url.replace(/^file:\/\/.*?\/(node_modules|build|src)\//, '$1/');
	return `${frame.functionName || '(anonymous)'} ${url}:${frame.lineNumber + 1}`;
};
const selfByFunction = new Map();
const inclusiveByFunction = new Map();
const inclusiveByFile = new Map();
for (const [id, ms] of self) {
	const node = byId.get(id);
	const key = label(node.callFrame);
	selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + ms);
	const files = new Set();
	const functions = new Set();
	for (let at = id; at !== undefined; at = parent.get(at)) functions.add(label(byId.get(at).callFrame));
	for (const name of functions) inclusiveByFunction.set(name, (inclusiveByFunction.get(name) ?? 0) + ms);
	for (let at = id; at !== undefined; at = parent.get(at)) {
		const url = byId.get(at).callFrame.url;
		if (url)
			files.add(
				url.replace(
					/^file:\/\/.*?\/(node_modules\/(@[^/]+\/)?[^/]+|build\/server\/chunks\/[^/]+|build\/[^/]+|src\/.*)$/,
					'$1'
				)
			);
	}
	for (const name of files) inclusiveByFile.set(name, (inclusiveByFile.get(name) ?? 0) + ms);
}
const top = (map, count) =>
	[...map.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, count)
		.map(([key, ms]) => `  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`)
		.join('\n');
console.log(`\nProfile: ${(total / 1000).toFixed(1)} s sampled (${profileDir}/${file})`);
console.log(`\nSelf time by function:\n${top(selfByFunction, 35)}`);
console.log(`\nInclusive time by file or package:\n${top(inclusiveByFile, 40)}`);
console.log(`\nInclusive time by function:\n${top(inclusiveByFunction, 70)}`);
