// Shared helpers for the bench scripts: start the built server, wait for it, make fresh databases.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { SERVER_NODE_OPTIONS } from '../scripts/build-if-stale.js';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostgresDatabase } from '../tests/support/postgres-database.js';

export const root = new URL('..', import.meta.url).pathname;

export function freePort() {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
	});
}

export const newDataDirectory = () => mkdtempSync(join(tmpdir(), 'entrepairs-bench-'));

/** The PostgreSQL server to bench against: BENCH_DATABASE_URL, TEST_DATABASE_URL, or the local one. */
export function postgresServerUrl() {
	return (
		process.env.BENCH_DATABASE_URL ||
		process.env.TEST_DATABASE_URL ||
		'postgres://postgres@127.0.0.1:5432/postgres'
	);
}

/** A fresh PostgreSQL database; returns its URL and a function that drops it. Null when none is reachable. */
export async function freshPostgresDatabase(prefix) {
	const serverUrl = postgresServerUrl();
	try {
		const database = await createPostgresDatabase(serverUrl, { prefix, connectTimeoutSeconds: 3 });
		/** Keeps the database (no administration connection is held: nothing to close). */
		return { ...database, release: async () => {} };
	} catch (error) {
		console.log(`PostgreSQL not reachable at ${serverUrl} (${error.message}): its figures are skipped.`);
		return null;
	}
}

/** Both page caches off: the server renders every page (what a view costs, not a kept answer). */
export const NOTHING_KEPT = { PUBLIC_PAGE_CACHE_MS: '0', SIGNED_IN_PAGE_CACHE_MS: '0' };

/**
 * A new demo database for a bench of page renders: PostgreSQL (a fresh database named after `prefix`)
 * unless BENCH_PGLITE=1 or no server answers, else a new PGlite directory; and the server's environment
 * on it, page caches off.
 */
export async function renderingDemo(prefix) {
	const database = process.env.BENCH_PGLITE === '1' ? null : await freshPostgresDatabase(prefix);
	const place = database
		? { DATABASE_URL: database.url }
		: { DATA_DIR: newDataDirectory(), DATABASE_URL: '' };
	return { database, env: { ...place, SEED_DEMO: 'true', NODE_ENV: 'production', ...NOTHING_KEPT } };
}

/**
 * The production server: adapter-node's handler behind scripts/server.js, which gives static files the
 * pages' security headers too (as `npm start` runs it). It serves build/, which must exist.
 */
export const serverEntry = join(root, 'scripts/server.js');

/**
 * Starts the production server (scripts/server.js) and resolves once `path` answers 200, with the
 * milliseconds from spawn to that first served page. On a free port, unless `env.PORT` names one (to
 * restart a server where it was).
 */
export async function startServer(env, path = '/', nodeArgs = SERVER_NODE_OPTIONS) {
	const port = env.PORT ? Number(env.PORT) : await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const started = performance.now();
	const child = spawn(process.execPath, [...nodeArgs, serverEntry], {
		cwd: root,
		env: { ...process.env, PORT: String(port), ORIGIN: origin, ENTREPAIRS_SILENT_LOGS: '1', ...env },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let errors = '';
	child.stderr.on('data', (chunk) => (errors += chunk));
	const deadline = Date.now() + 120_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${errors}`);
		if (Date.now() > deadline) throw new Error(`server did not answer: ${errors}`);
		try {
			const response = await fetch(origin + path);
			if (response.status === 200) break;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	return {
		origin,
		child,
		coldStartMs: performance.now() - started,
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', resolve);
				child.kill('SIGTERM');
			})
	};
}

/** Signs a demo account in through the API and returns its session token. */
export async function signIn(origin, pseudonym, password = 'demo-entrepairs') {
	const response = await fetch(`${origin}/api/v1/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ pseudonym, password })
	});
	if (response.status !== 201) throw new Error(`sign-in of ${pseudonym} failed: ${response.status}`);
	return (await response.json()).token;
}

export const format = (value, digits = 1) => Number(value).toFixed(digits);

export function percentile(sorted, fraction) {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/** One autocannon run: `connections` at once for `seconds`. */
export function loadTest(url, { connections, seconds, headers = {} }) {
	return new Promise((resolve, reject) =>
		autocannon({ url, connections, duration: seconds, headers }, (error, result) =>
			error ? reject(error) : resolve(result)
		)
	);
}

/** An autocannon result on one line. */
export const describeLoad = (result) =>
	`${format(result.requests.average, 0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
	`${result.non2xx} non-2xx, ${result.errors} errors`;

/**
 * A bare node:http "hello world" in its own process, loaded with `load(url)`: the ceiling of this machine
 * for one Node process, measured in the same sitting as the pages it is compared with.
 */
export async function bareNodeHttp(load) {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[
			'-e',
			`require('node:http').createServer((q, s) => { s.writeHead(200, {'content-type': 'text/plain'}); s.end('hello world'); }).listen(${port}, '127.0.0.1')`
		],
		{ stdio: 'ignore' }
	);
	try {
		for (;;) {
			try {
				await fetch(`http://127.0.0.1:${port}/`);
				break;
			} catch {
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
		}
		return await load(`http://127.0.0.1:${port}/`);
	} finally {
		child.kill();
	}
}

/** A call to the JSON API as a signed-in person (session cookie); throws on any answer that is not 2xx. */
export async function api(origin, token, method, path, body) {
	const response = await fetch(origin + path, {
		method,
		headers: { cookie: `ep_session=${token}`, 'content-type': 'application/json', origin },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
	return response.json();
}

/** How many messages the benches' conversation page holds. */
export const CONVERSATION_MESSAGES = 30;

/**
 * A group conversation of the demo GEM between Louise (coordinator) and Camille holding `count`
 * (CONVERSATION_MESSAGES) messages, sent through the API in turns (each person stays under the sending
 * limit). Returns its page's path.
 */
export async function conversationWithMessages(origin, camille, louise, count = CONVERSATION_MESSAGES) {
	const me = await api(origin, camille, 'GET', '/api/v1/me');
	const group = await api(
		origin,
		louise,
		'POST',
		'/api/v1/organisations/gem-les-traboules/group-conversations',
		{
			title: 'Banc d’essai',
			participantIds: [me.id ?? me.account?.id]
		}
	);
	const conversationId = group.conversationId ?? group.id;
	for (let index = 0; index < count; index += 1) {
		await api(
			origin,
			index % 2 ? camille : louise,
			'POST',
			`/api/v1/conversations/${conversationId}/messages`,
			{
				messageId: crypto.randomUUID(),
				body: `Message ${index + 1} : bonjour, comment se passe ta semaine ? On se retrouve mardi au groupe de parole, si tu veux venir avec moi.`
			}
		);
	}
	return `/conversations/${conversationId}`;
}
