#!/usr/bin/env node
// `npm run bench:matching`: prints the matching figures (nothing is asserted).
//  - generates an instance of BENCH_MEMBERS members and BENCH_SUPPORTERS peer supporters with a Zipf-like
//    spread of experiences (bench/matching-data.js), on PGlite and on PostgreSQL;
//  - creates BENCH_REQUESTS help requests through the createHelpRequest use case, then times findMatches
//    (the use case behind "find a peer": top 20 ranked and explained) for each, after a warm-up;
//  - prints p50/p95/p99/max latency, and how often the top result shares the request's rarest experience.
// Options (environment): BENCH_MEMBERS (default 100000), BENCH_SUPPORTERS (10000), BENCH_REQUESTS (300),
// BENCH_ORGANISATIONS (4), BENCH_DATABASES ("pglite,postgres"), BENCH_DATABASE_URL (the PostgreSQL server).
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import {
	drawHelpRequests,
	experienceDistribution,
	experienceFrequencies,
	generateInstance
} from './matching-data.js';
import { format, freshPostgresDatabase, newDataDirectory, percentile, root } from './support.js';

const members = Number(process.env.BENCH_MEMBERS ?? 100_000);
const supporters = Number(process.env.BENCH_SUPPORTERS ?? 10_000);
const requestCount = Number(process.env.BENCH_REQUESTS ?? 300);
const organisations = Number(process.env.BENCH_ORGANISATIONS ?? 4);
const databases = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');
const WARM_UP = 20;
const MIGRATIONS = join(root, 'migrations');

// The real use cases, loaded from the TypeScript sources by vite's module runner (as vitest does).
const { module: sources } = await runnerImport(join(root, 'bench/matching-sources.ts'), {
	logLevel: 'error'
});
const distribution = experienceDistribution(sources.EXPERIENCE_VOCABULARY);
const load = () =>
	loadavg()
		.map((value) => format(value, 2))
		.join(' ');
const seconds = (since) => format((performance.now() - since) / 1000);
const noEvents = { emit: () => {} };
const contextFor = (db, actor) => ({ db, actor, clock: { now: () => new Date() }, events: noEvents });

/** Migrations, the instance, and the help requests (through the createHelpRequest use case). */
async function prepare(handle) {
	const started = performance.now();
	await sources.applyMigrations(handle, MIGRATIONS);
	await sources.syncExperienceVocabulary(handle.db);
	await generateInstance(handle, distribution, { members, supporters, organisations });
	console.log(`  generation (migrations, vocabulary, data, vacuum analyze): ${seconds(started)} s`);
	const requests = [];
	for (const { requester, input } of drawHelpRequests(distribution, {
		members,
		count: WARM_UP + requestCount
	})) {
		const { id } = await sources.createHelpRequest(contextFor(handle.db, requester), input);
		requests.push({ requester, helpRequestId: id, experienceIds: input.experienceIds });
	}
	return { requests, frequencies: await experienceFrequencies(handle) };
}

/**
 * CPU milliseconds used so far by each server process of this database, by pid; null unless PostgreSQL
 * runs on this machine. With the Node process's own CPU time it tells what a request costs whatever else
 * the machine is doing (other jobs stretch the latencies, not the CPU time).
 */
async function serverCpu(handle) {
	if (
		handle.kind !== 'postgres' ||
		!['127.0.0.1', 'localhost'].includes(new URL(handle.postgresUrl).hostname)
	)
		return null;
	const rows =
		await handle.postgresClient`select pid from pg_stat_activity where datname = current_database()`;
	const used = new Map();
	for (const { pid } of rows) {
		try {
			// Fields 14 and 15 of /proc/<pid>/stat: user and system time, in ticks of 10 ms.
			const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
			used.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
		} catch {
			return null;
		}
	}
	return used;
}

/** Times findMatches for each request; checks whether the top result shares the rarest requested experience. */
async function timeRequests(handle, { requests, frequencies }) {
	const findMatches = ({ requester, helpRequestId }) =>
		sources.findMatches(contextFor(handle.db, requester), { helpRequestId });
	for (const request of requests.slice(0, WARM_UP)) await findMatches(request);
	const figures = { latencies: [], withMatches: 0, topShares: 0, anyShares: 0, matchCount: 0 };
	const serverBefore = await serverCpu(handle);
	const nodeBefore = process.cpuUsage();
	figures.loadBefore = load();
	for (const request of requests.slice(WARM_UP)) {
		const begin = performance.now();
		const { matches } = await findMatches(request);
		figures.latencies.push(performance.now() - begin);
		figures.matchCount += matches.length;
		if (matches.length === 0) continue;
		figures.withMatches++;
		const rarest = request.experienceIds.reduce((rarer, id) =>
			(frequencies.get(id) ?? 0) < (frequencies.get(rarer) ?? 0) ? id : rarer
		);
		const sharesRarest = (match) =>
			match.explanations.some((shared) => shared.experienceId === rarest && shared.closeness === 'same');
		if (sharesRarest(matches[0])) figures.topShares++;
		if (matches.some(sharesRarest)) figures.anyShares++;
	}
	const nodeCpu = process.cpuUsage(nodeBefore);
	figures.loadAfter = load();
	figures.nodeCpuMs = (nodeCpu.user + nodeCpu.system) / 1000;
	const serverAfter = serverBefore && (await serverCpu(handle));
	figures.serverCpuMs = serverAfter
		? [...serverAfter].reduce((sum, [pid, used]) => sum + used - (serverBefore.get(pid) ?? 0), 0)
		: null;
	return figures;
}

function report(figures) {
	const { latencies, withMatches } = figures;
	const count = latencies.length;
	latencies.sort((a, b) => a - b);
	const mean = latencies.reduce((sum, value) => sum + value, 0) / count;
	const share = (part, of) => `${format((part / Math.max(of, 1)) * 100)} % (${part}/${of})`;
	console.log(
		`  findMatches (top 20), ${count} requests after ${WARM_UP} warm-up: ` +
			`p50 ${format(percentile(latencies, 0.5))} ms, p95 ${format(percentile(latencies, 0.95))} ms, ` +
			`p99 ${format(percentile(latencies, 0.99))} ms, max ${format(latencies.at(-1))} ms, mean ${format(mean)} ms`
	);
	console.log(`  load average before / after: ${figures.loadBefore} / ${figures.loadAfter}`);
	console.log(
		`  CPU time per request (mean): Node ${format(figures.nodeCpuMs / count)} ms` +
			(figures.serverCpuMs === null ? '' : `, PostgreSQL ${format(figures.serverCpuMs / count)} ms`)
	);
	console.log(
		`  requests with at least one match: ${share(withMatches, count)}, ` +
			`${format(figures.matchCount / count)} matches on average`
	);
	console.log(
		`  top result shares the request's rarest experience: ${share(figures.topShares, withMatches)}`
	);
	console.log(`  one of the top 20 shares it: ${share(figures.anyShares, withMatches)}`);
}

async function benchDatabase(label, handle) {
	console.log(`\n${label}`);
	report(await timeRequests(handle, await prepare(handle)));
}

console.log(
	`Entrepairs matching figures: ${members} members, ${supporters} supporters, ${organisations} organisations, ` +
		`${distribution.leaves.length} experiences (Zipf), ${requestCount} help requests; load average ${load()}`
);

if (databases.includes('pglite')) {
	const dataDir = newDataDirectory();
	const handle = await sources.openDatabase({ kind: 'pglite', dataDir });
	try {
		await benchDatabase('PGlite (temporary directory)', handle);
	} finally {
		await handle.close();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

if (databases.includes('postgres')) {
	const database = await freshPostgresDatabase('entrepairs_bench_matching');
	if (database) {
		const handle = await sources.openDatabase({ kind: 'postgres', url: database.url });
		try {
			await benchDatabase('PostgreSQL (fresh database)', handle);
		} finally {
			await handle.close();
			await database.drop();
		}
	}
}
