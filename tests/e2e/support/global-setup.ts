import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { SERVER_NODE_OPTIONS } from '../../../scripts/build-if-stale.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createPostgresDatabase } from '../../support/postgres-database';
import { startSmtpSink } from '../../support/smtp-sink';

declare module 'vitest' {
	export interface ProvidedContext {
		/** One app server per lane (worker): `baseUrl()` in support/browser.ts picks the worker's own. */
		baseUrls: string[];
		neutralUrl: string;
		/** GET <mailboxUrl>?to=<address>: the emails the SMTP sink received for that address (JSON). */
		mailboxUrl: string;
	}
}

/**
 * Journeys run in lanes: each lane (a vitest worker) runs its files one after another against its own
 * server and database, because journeys share the demo accounts. Two lanes take about half the time,
 * most of which is waiting on pages, not computing.
 */
export const E2E_LANES = Math.max(1, Number(process.env.E2E_LANES ?? 2));

const root = new URL('../../../', import.meta.url).pathname;

function listen(server: Server): Promise<number> {
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port))
	);
}

/** `count` distinct free ports (the probes stay open until all are chosen, so none is handed out twice). */
async function freePorts(count: number): Promise<number[]> {
	const probes = Array.from({ length: count }, () => createServer());
	const ports = await Promise.all(probes.map(listen));
	await Promise.all(probes.map((probe) => new Promise((resolve) => probe.close(resolve))));
	return ports;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
	const deadline = Date.now() + 90_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output()}`);
		try {
			if ((await fetch(`${url}/healthz`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`The server did not become healthy:\n${output()}`);
}

/**
 * Builds (unless E2E_SKIP_BUILD=1), starts a neutral "quick exit" site, an SMTP sink and one app server per
 * lane, each on a fresh database.
 */
export default async function setup(project: TestProject) {
	if (process.env.E2E_SKIP_BUILD !== '1') {
		const build = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
			cwd: root,
			stdio: 'inherit'
		});
		if (build.status !== 0) throw new Error('vite build failed');
	}
	const neutral = createServer((_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(
			'<!doctype html><html lang="fr"><head><title>Météo du jour</title></head><body><main><h1>Météo du jour</h1><p>Ensoleillé.</p></main></body></html>'
		);
	});
	const neutralUrl = `http://localhost:${await listen(neutral)}/`;
	const smtpSink = await startSmtpSink();
	// Journeys run in workers, the sink here: they read what it received through this small endpoint.
	const mailbox = createServer((request, response) => {
		const to = new URL(request.url ?? '/', 'http://localhost').searchParams.get('to') ?? '';
		const emails = smtpSink.received.filter((email) => email.to.includes(to));
		response.writeHead(200, { 'content-type': 'application/json' });
		response.end(JSON.stringify(emails));
	});
	const mailboxUrl = `http://127.0.0.1:${await listen(mailbox)}/`;
	// With a PostgreSQL server for tests (CI sets one), every other lane runs on it, starting with the first:
	// the journeys then cover both databases, and the PostgreSQL lanes go faster (the embedded database works
	// in the app's own thread, compiled to WebAssembly; PostgreSQL natively, on the other core). The first
	// lane takes the first file, the bad-input sweep (vitest.browser.config.ts), whose thousands of requests
	// are mostly database work.
	const servers = await Promise.all(
		(await freePorts(E2E_LANES)).map((port, lane) =>
			startApp({
				port,
				neutralUrl,
				smtpUrl: smtpSink.url,
				postgres: lane % 2 === 0 ? process.env.TEST_DATABASE_URL || null : null
			})
		)
	);
	project.provide(
		'baseUrls',
		servers.map((server) => server.baseUrl)
	);
	project.provide('neutralUrl', neutralUrl);
	project.provide('mailboxUrl', mailboxUrl);
	return async () => {
		mailbox.close();
		await Promise.all(servers.map((server) => server.stop()));
		neutral.close();
		await smtpSink.close();
	};
}

/**
 * The built app on a free port and a fresh database seeded with the demo: embedded (PGlite), or a new
 * PostgreSQL database when `postgres` names a test server.
 */
async function startApp(options: {
	port: number;
	neutralUrl: string;
	smtpUrl: string;
	postgres: string | null;
}) {
	const port = options.port;
	const baseUrl = `http://localhost:${port}`;
	const dataDir = mkdtempSync(join(tmpdir(), 'entrepairs-e2e-'));
	const database = options.postgres
		? await createPostgresDatabase(options.postgres, { prefix: 'entrepairs_e2e' })
		: null;
	let output = '';
	const server = spawn(process.execPath, [...SERVER_NODE_OPTIONS, join(root, 'scripts/server.js')], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			ORIGIN: baseUrl,
			DATA_DIR: dataDir,
			SEED_DEMO: 'true',
			NODE_ENV: 'production',
			// As `npm start`: adapter-node's own limit (512 KB by default) must not hide the app's.
			BODY_SIZE_LIMIT: '1M',
			QUICK_EXIT_URL: options.neutralUrl,
			ENTREPAIRS_SILENT_LOGS: '1',
			// As behind a reverse proxy: the bad-input journey sends many failed sign-ins, each from its own
			// address, so sign-in throttling (per address) does not slow the other journeys; and every browser
			// context and API sign-up sends its own random address (support/browser.ts), so journeys behave
			// like distinct people under the per-address sign-up limit. Requests without it share one
			// unknown address.
			ADDRESS_HEADER: 'x-entrepairs-test-client',
			DATABASE_URL: database?.url ?? '',
			// Email notifications are on, towards a sink, so the account page's preference can really be saved.
			SMTP_URL: options.smtpUrl,
			MAIL_FROM: 'Entrepairs <no-reply@example.org>'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.stdout?.on('data', (chunk) => (output += chunk));
	server.stderr?.on('data', (chunk) => (output += chunk));
	await waitForHealth(baseUrl, server, () => output);
	return {
		baseUrl,
		async stop() {
			server.kill('SIGTERM');
			await new Promise((resolve) => setTimeout(resolve, 500));
			if (server.exitCode === null) server.kill('SIGKILL');
			rmSync(dataDir, { recursive: true, force: true });
			await database?.drop().catch(() => {});
		}
	};
}
