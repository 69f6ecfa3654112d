#!/usr/bin/env node
// `npm run bench:conversations`: real-time conversations under load, on PostgreSQL (prints figures only).
//  - single: one app process; every client holds an SSE stream and sends a message every interval;
//    p50/p99 send -> acknowledgement (201) and send -> delivery (on the other participant's stream),
//    deliveries/s, CPU and memory of the app process(es) and of its PostgreSQL backends, and a check of
//    every stream against the database: messages lost, duplicated, out of order;
//  - cluster: the same with two app processes, each conversation's two participants on different ones,
//    so every delivery to the other participant crosses processes (LISTEN/NOTIFY);
//  - crash: the load on one process, killed with SIGKILL a third of the way in and restarted at once:
//    acknowledged messages lost, time for every client to catch up (streams resume with Last-Event-ID,
//    unacknowledged sends are retried with the same messageId).
// Options (environment): BENCH_CLIENTS (1000), BENCH_CONVERSATIONS (clients / 2), BENCH_SECONDS (300,
// measured, after BENCH_WARMUP_SECONDS (15) of the same load that figures leave out: JIT, connection
// pools and plans warming up), BENCH_INTERVAL_MS (10000), BENCH_CRASH_SECONDS (60),
// BENCH_PHASES (single,cluster,crash),
// BENCH_DATABASE_URL or TEST_DATABASE_URL (the PostgreSQL server; default the local one),
// BENCH_APP_NODE_OPTIONS (NODE_OPTIONS of the app processes, e.g. "--require ./profile.cjs"),
// BENCH_TIMELINE=1 (also print p50/p99 of each 10-second window, to see when a tail happens).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import postgres from 'postgres';
import { BenchClient, createLedger } from './conversations-clients.js';
import { createBenchData, storedMessages } from './conversations-data.js';
import { printPhase } from './conversations-report.js';
import { sampleProcesses } from './process-usage.js';
import { freshPostgresDatabase, root, startServer } from './support.js';

const clientCount = Number(process.env.BENCH_CLIENTS ?? 1000);
const conversationCount = Number(process.env.BENCH_CONVERSATIONS ?? Math.ceil(clientCount / 2));
const seconds = Number(process.env.BENCH_SECONDS ?? 300);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 15);
const intervalMs = Number(process.env.BENCH_INTERVAL_MS ?? 10_000);
const crashSeconds = Number(process.env.BENCH_CRASH_SECONDS ?? 60);
const phases = (process.env.BENCH_PHASES ?? 'single,cluster,crash').split(',').map((name) => name.trim());
const DRAIN_MS = 20_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

if (!existsSync(join(root, 'build/index.js'))) {
	console.error('No build: run `npm run build` first.');
	process.exit(1);
}
const database = await freshPostgresDatabase('entrepairs_bench_conversations');
if (!database) process.exit(1);
const admin = postgres(database.url, { max: 1, onnotice: () => {} });
const serverEnv = {
	DATABASE_URL: database.url,
	SEED_DEMO: 'false',
	NODE_ENV: 'production',
	NODE_OPTIONS: process.env.BENCH_APP_NODE_OPTIONS ?? ''
};
const running = new Set();

async function startApp(port) {
	const server = await startServer(port ? { ...serverEnv, PORT: String(port) } : serverEnv, '/healthz');
	running.add(server);
	return server;
}

async function stopApp(server) {
	running.delete(server);
	if (server.child.exitCode === null && server.child.signalCode === null) await server.stop();
}

/** Opens every stream, a hundred at a time, as a crowd arriving would. */
async function connectAll(clients) {
	const started = performance.now();
	for (let start = 0; start < clients.length; start += 100)
		await Promise.all(clients.slice(start, start + 100).map((client) => client.connect()));
	return { ms: performance.now() - started, connected: clients.filter((client) => client.connected).length };
}

/** Per conversation, the highest seq acknowledged so far. */
function acknowledgedHighWater(ledger) {
	const highest = new Map();
	for (const message of ledger.sent.values())
		if (message.seq !== null)
			highest.set(message.conversationId, Math.max(highest.get(message.conversationId) ?? 0, message.seq));
	return highest;
}

const caughtUp = (clients, highest) =>
	clients.every((client) => client.connected && client.lastSeq >= (highest.get(client.conversationId) ?? 0));

async function waitUntil(condition, timeoutMs) {
	const deadline = performance.now() + timeoutMs;
	while (!(await condition()) && performance.now() < deadline) await sleep(50);
	return condition();
}

/** Stops sending, lets retries and deliveries finish, and checks every stream against the database. */
async function drainAndCheck(clients, ledger) {
	for (const client of clients) client.stopSending();
	const pending = () => [...ledger.sent.values()].filter((message) => message.acknowledgedAt === null);
	await waitUntil(() => pending().length === 0, DRAIN_MS);
	const conversationIds = [...new Set(clients.map((client) => client.conversationId))];
	const stored = await storedMessages(database.url, conversationIds);
	const expected = new Map(conversationIds.map((id) => [id, []]));
	for (const message of stored) expected.get(message.conversationId).push(message.seq);
	const highest = new Map([...expected].map(([id, seqs]) => [id, seqs.at(-1) ?? 0]));
	await waitUntil(() => caughtUp(clients, highest), DRAIN_MS);

	const storedIds = new Set(stored.map((message) => message.id));
	const acknowledged = [...ledger.sent].filter(([, message]) => message.seq !== null);
	let lost = 0;
	let outOfOrder = 0;
	for (const client of clients) {
		const received = new Set(client.received);
		lost += expected.get(client.conversationId).filter((seq) => !received.has(seq)).length;
		outOfOrder += client.received.filter(
			(seq, index) => index > 0 && seq <= client.received[index - 1]
		).length;
	}
	return {
		sent: ledger.sent.size,
		acknowledged: acknowledged.length,
		unacknowledged: pending().length,
		stored: stored.length,
		acknowledgedNotStored: acknowledged.filter(([id]) => !storedIds.has(id)).length,
		lost,
		duplicated: ledger.duplicates,
		outOfOrder
	};
}

async function runPhase(name, { serverCount, loadSeconds, crash = false, goal }) {
	const settings = { clients: clientCount, conversations: conversationCount, intervalMs, warmupSeconds };
	const data = await createBenchData(database.url, { ...settings, label: name.split(' ')[0] });
	const servers = [];
	for (let index = 0; index < serverCount; index++) servers.push(await startApp());
	const ledger = createLedger();
	// The two participants of a conversation are clients i and i + conversations: on different servers.
	const clients = data.map(
		(entry) =>
			new BenchClient({
				...entry,
				ledger,
				origin: servers[Math.floor(entry.index / conversationCount) % serverCount].origin
			})
	);
	const connect = await connectAll(clients);
	for (const client of clients) client.startSending(intervalMs);
	await sleep(warmupSeconds * 1000);

	const usage = sampleProcesses({
		app: () => servers.map((server) => server.child.pid),
		postgres: async () =>
			(
				await admin`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`
			).map((row) => row.pid)
	});
	const delay = monitorEventLoopDelay({ resolution: 10 });
	delay.enable();
	const generatorCpu = process.cpuUsage();
	const measured = { startedAt: performance.now(), seconds: loadSeconds, deliveries: ledger.deliveries };
	const crashFigures = crash ? await crashAndRestart(servers, clients, ledger, loadSeconds) : null;
	await sleep(Math.max(0, measured.startedAt + loadSeconds * 1000 - performance.now()));
	measured.deliveries = ledger.deliveries - measured.deliveries;
	const cpu = process.cpuUsage(generatorCpu);
	const generator = { cpu: (cpu.user + cpu.system) / 1e4 / loadSeconds, delay };
	delay.disable();
	const processes = usage.stop();
	const check = await drainAndCheck(clients, ledger);
	const phase = { name, settings, connect, check, ledger, measured, generator, goal, crash: crashFigures };
	printPhase({ ...phase, servers: serverCount, usage: processes });
	for (const client of clients) client.close();
	for (const server of servers) await stopApp(server);
}

/** A third of the way in: SIGKILL, restart on the same port, and time until every stream caught up. */
async function crashAndRestart(servers, clients, ledger, loadSeconds) {
	const began = performance.now();
	await sleep((loadSeconds * 1000) / 3);
	const killedAt = performance.now();
	const port = Number(new URL(servers[0].origin).port);
	servers[0].child.kill('SIGKILL');
	running.delete(servers[0]);
	const acknowledgedBeforeKill = acknowledgedHighWater(ledger);
	const countBeforeKill = [...ledger.sent.values()].filter((message) => message.seq !== null).length;
	servers[0] = await startApp(port);
	const healthyAt = performance.now();
	await waitUntil(() => caughtUp(clients, acknowledgedBeforeKill), 120_000);
	const caughtUpAt = performance.now();
	return {
		elapsedMs: caughtUpAt - began,
		countBeforeKill,
		restartMs: healthyAt - killedAt,
		catchUpFromRestartMs: caughtUpAt - healthyAt,
		catchUpFromKillMs: caughtUpAt - killedAt,
		caughtUp: caughtUp(clients, acknowledgedBeforeKill)
	};
}

try {
	console.log(`Conversations under load on PostgreSQL (${clientCount} SSE clients on 127.0.0.1)`);
	// Applies the migrations once, alone.
	await stopApp(await startApp());
	if (phases.includes('single'))
		await runPhase('single process', { serverCount: 1, loadSeconds: seconds, goal: 50 });
	if (phases.includes('cluster'))
		await runPhase('two processes (cross-process)', { serverCount: 2, loadSeconds: seconds, goal: 100 });
	if (phases.includes('crash'))
		await runPhase('kill -9 under load', { serverCount: 1, loadSeconds: crashSeconds, crash: true });
} finally {
	for (const server of [...running]) await stopApp(server).catch(() => {});
	await admin.end();
	await database.drop();
}
process.exit(0);
