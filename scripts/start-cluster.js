#!/usr/bin/env node
// `npm run start:cluster`: two app processes on one PostgreSQL database, as behind a load balancer.
// Messages sent through one process reach the event streams of the other (LISTEN/NOTIFY), which is what
// this command lets you try on one machine. It builds first when the build is stale, like `npm start`.
//
//   DATABASE_URL=postgres://… npm run start:cluster
//
// Settings (environment): DATABASE_URL (required: the embedded database allows one process only),
// CLUSTER_PORTS (default "3000,3001"), ORIGIN (default http://localhost:<port> for each process; set it
// to the public address when a load balancer is in front). Everything else is passed to both processes.
// The first process starts alone, so migrations and the demo seed (SEED_DEMO=true) run once; the others
// start once it answers /healthz. Each output line is prefixed with its port. Ctrl-C or SIGTERM reaches
// every process; the command exits when all have stopped, with a failure status if one failed.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { buildIfStale, root, SERVER_NODE_OPTIONS, serverEntry } from './build-if-stale.js';

const HEALTH_TIMEOUT_MS = 120_000;

if (!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')) {
	console.error(
		'npm run start:cluster needs DATABASE_URL=postgres://user:password@host:5432/database:\n' +
			'the processes share one PostgreSQL database (the embedded database allows a single process).'
	);
	process.exit(1);
}
const ports = (process.env.CLUSTER_PORTS ?? '3000,3001').split(',').map((port) => port.trim());
if (ports.length < 2 || ports.some((port) => !/^\d+$/.test(port)) || new Set(ports).size !== ports.length) {
	console.error(`CLUSTER_PORTS must list two or more distinct ports, e.g. 3000,3001 (got "${ports}").`);
	process.exit(1);
}

buildIfStale();

const children = new Map();
let stopping = false;
let failed = false;

function prefixLines(stream, prefix, output) {
	createInterface({ input: stream }).on('line', (line) => output.write(`${prefix} ${line}\n`));
}

function startProcess(port) {
	const child = spawn(process.execPath, [...SERVER_NODE_OPTIONS, serverEntry], {
		cwd: root,
		env: {
			...process.env,
			PORT: port,
			ORIGIN: process.env.ORIGIN ?? `http://localhost:${port}`,
			BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '1M',
			NODE_ENV: process.env.NODE_ENV ?? 'production'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const prefix = `[${port}]`;
	prefixLines(child.stdout, prefix, process.stdout);
	prefixLines(child.stderr, prefix, process.stderr);
	children.set(port, child);
	child.on('exit', (code, signal) => {
		children.delete(port);
		if (!stopping && (code !== 0 || signal)) failed = true;
		console.log(`${prefix} stopped (${signal ?? `exit code ${code}`})`);
		if (children.size === 0) process.exit(failed ? 1 : 0);
	});
	return child;
}

async function waitForHealth(port, child) {
	const deadline = Date.now() + HEALTH_TIMEOUT_MS;
	while (Date.now() < deadline && child.exitCode === null && !stopping) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return true;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return false;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		stopping = true;
		// A terminal's Ctrl-C also reaches the children directly; a second signal is harmless to them.
		for (const child of children.values()) child.kill(signal);
	});
}

const [first, ...others] = ports;
const firstChild = startProcess(first);
if (await waitForHealth(first, firstChild)) {
	for (const port of others) if (!stopping) startProcess(port);
} else if (!stopping) {
	console.error(`[${first}] did not become healthy: stopping.`);
	failed = true;
	stopping = true;
	firstChild.kill('SIGTERM');
}
