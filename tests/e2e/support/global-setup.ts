import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startSmtpSink } from '../../support/smtp-sink';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		neutralUrl: string;
	}
}

const root = new URL('../../../', import.meta.url).pathname;

function listen(server: Server): Promise<number> {
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port))
	);
}

async function freePort(): Promise<number> {
	const probe = createServer();
	const port = await listen(probe);
	await new Promise((resolve) => probe.close(resolve));
	return port;
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

/** Builds (unless E2E_SKIP_BUILD=1), starts a neutral "quick exit" site and the app on a fresh database. */
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
	// Email notifications are on, towards a sink, so the account page's preference can really be saved.
	const smtpSink = await startSmtpSink();
	const port = await freePort();
	const baseUrl = `http://localhost:${port}`;
	const dataDir = mkdtempSync(join(tmpdir(), 'entrepairs-e2e-'));
	let output = '';
	const server = spawn(process.execPath, [join(root, 'build/index.js')], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			ORIGIN: baseUrl,
			DATA_DIR: dataDir,
			SEED_DEMO: 'true',
			NODE_ENV: 'production',
			QUICK_EXIT_URL: neutralUrl,
			ENTREPAIRS_SILENT_LOGS: '1',
			// As behind a reverse proxy: the bad-input journey sends many failed sign-ins, each from its own
			// address, so sign-in throttling (per address) does not slow the other journeys' browser, whose
			// requests carry no such header and count as one unknown address.
			ADDRESS_HEADER: 'x-entrepairs-test-client',
			DATABASE_URL: '',
			SMTP_URL: smtpSink.url,
			MAIL_FROM: 'Entrepairs <no-reply@example.org>'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.stdout?.on('data', (chunk) => (output += chunk));
	server.stderr?.on('data', (chunk) => (output += chunk));
	await waitForHealth(baseUrl, server, () => output);
	project.provide('baseUrl', baseUrl);
	project.provide('neutralUrl', neutralUrl);
	return async () => {
		server.kill('SIGTERM');
		await new Promise((resolve) => setTimeout(resolve, 500));
		if (server.exitCode === null) server.kill('SIGKILL');
		neutral.close();
		await smtpSink.close();
		rmSync(dataDir, { recursive: true, force: true });
	};
}
