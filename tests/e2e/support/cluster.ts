import { spawn, type ChildProcess } from 'node:child_process';
import { SERVER_NODE_OPTIONS } from '../../../scripts/build-if-stale.js';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect } from 'vitest';

// Two or more processes of the built app on one PostgreSQL database, as behind a load balancer: what the
// cluster journeys (cluster*.browser.ts) share. No browser needed; they run with the journeys because
// those always have a fresh build.
const root = new URL('../../../', import.meta.url).pathname;
export const DEMO_PASSWORD = 'demo-entrepairs';

export interface AppProcess {
	url: string;
	child: ChildProcess;
}

export interface StreamEvent {
	id: number | null;
	event: string;
	data: string;
	/** performance.now() when it was parsed. */
	receivedAt: number;
}

export function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/**
 * Starts the production server (scripts/server.js) on `port` and resolves once /healthz answers (migrations
 * and seed are done). `env` adds or overrides settings.
 */
export async function startApp(
	port: number,
	databaseUrl: string,
	env: Record<string, string> = {}
): Promise<AppProcess> {
	const url = `http://127.0.0.1:${port}`;
	let output = '';
	const child = spawn(process.execPath, [...SERVER_NODE_OPTIONS, join(root, 'scripts/server.js')], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			ORIGIN: url,
			DATABASE_URL: databaseUrl,
			SEED_DEMO: 'true',
			NODE_ENV: 'production',
			// Kept, and shown only if the process fails to start: warnings and errors, not every request.
			ENTREPAIRS_SILENT_LOGS: '0',
			LOG_LEVEL: 'warn',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`app on ${port} exited (${child.exitCode}):\n${output}`);
		try {
			if ((await fetch(`${url}/healthz`)).ok) return { url, child };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	child.kill('SIGKILL');
	throw new Error(`app on ${port} did not become healthy:\n${output}`);
}

export function kill(app: AppProcess | undefined): Promise<void> {
	if (!app || app.child.exitCode !== null || app.child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		app.child.once('exit', () => resolve());
		app.child.kill('SIGKILL');
	});
}

export async function call(base: string, token: string, method: string, path: string, body?: unknown) {
	const response = await fetch(base + path, {
		method,
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const text = await response.text();
	expect(response.ok, `${method} ${path}: ${response.status} ${text}`).toBe(true);
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export async function signIn(base: string, pseudonym: string): Promise<string> {
	const response = await fetch(`${base}/api/v1/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ pseudonym, password: DEMO_PASSWORD })
	});
	expect(response.status, `signing ${pseudonym} in`).toBe(201);
	return ((await response.json()) as { token: string }).token;
}

/** A raw Server-Sent Events reader of one conversation: events are collected as they arrive. */
export function openStream(base: string, token: string, conversationId: string, lastEventId?: number) {
	const controller = new AbortController();
	const events: StreamEvent[] = [];
	const headers: Record<string, string> = { authorization: `Bearer ${token}` };
	if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);
	let ended = false;
	const ready = fetch(`${base}/api/v1/conversations/${conversationId}/events`, {
		headers,
		signal: controller.signal
	}).then(async (response) => {
		expect(response.headers.get('content-type')).toContain('text/event-stream');
		const reader = response.body!.getReader();
		const decoder = new TextDecoder();
		let buffer = '';
		void (async () => {
			try {
				for (;;) {
					const { done, value } = await reader.read();
					if (done) break;
					buffer += decoder.decode(value, { stream: true });
					let boundary: number;
					while ((boundary = buffer.indexOf('\n\n')) >= 0) {
						const block = buffer.slice(0, boundary);
						buffer = buffer.slice(boundary + 2);
						const event: StreamEvent = {
							id: null,
							event: 'message',
							data: '',
							receivedAt: performance.now()
						};
						for (const line of block.split('\n')) {
							if (line.startsWith('id: ')) event.id = Number(line.slice(4));
							else if (line.startsWith('event: ')) event.event = line.slice(7);
							else if (line.startsWith('data: ')) event.data += line.slice(6);
						}
						if (event.data) events.push(event);
					}
				}
			} catch {
				// The server was killed, or the test closed the stream.
			} finally {
				ended = true;
			}
		})();
	});
	const messages = () =>
		events
			.filter((event) => event.event === 'message')
			.map((event) => ({ seq: event.id!, body: (JSON.parse(event.data) as { body: string }).body }));
	const arrival = (body: string) =>
		events.find(
			(event) => event.event === 'message' && (JSON.parse(event.data) as { body: string }).body === body
		)?.receivedAt;
	return {
		ready,
		messages,
		/** Every event received so far (`message`, `gone`, `presence`...). */
		events: () => [...events],
		ended: () => ended,
		/** Resolves when a message with this body has arrived, with the time it arrived. */
		async waitFor(body: string, timeoutMs = 10_000): Promise<number> {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const at = arrival(body);
				if (at !== undefined) return at;
				if (Date.now() > deadline) throw new Error(`"${body}" not received within ${timeoutMs} ms`);
				await new Promise((resolve) => setTimeout(resolve, 5));
			}
		},
		close: () => controller.abort()
	};
}
