import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Two processes of the built app (A and B) on one PostgreSQL database, as behind a load balancer: what
// one process acknowledges, the other serves, live (LISTEN/NOTIFY) and after crashes. No browser needed;
// it runs with the journeys because they always have a fresh build. PostgreSQL only (CI sets it).
const serverUrl = process.env.TEST_DATABASE_URL;
const root = new URL('../../', import.meta.url).pathname;
const VOICES = 'troubles-psychiques/entente-de-voix';
const DEMO_PASSWORD = 'demo-entrepairs';

interface AppProcess {
	url: string;
	child: ChildProcess;
}

interface StreamEvent {
	id: number | null;
	event: string;
	data: string;
	/** performance.now() when it was parsed. */
	receivedAt: number;
}

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/** Starts the production server (scripts/server.js) on `port` and resolves once /healthz answers (migrations and seed are done). */
async function startApp(port: number, databaseUrl: string): Promise<AppProcess> {
	const url = `http://127.0.0.1:${port}`;
	let output = '';
	const child = spawn(process.execPath, [join(root, 'scripts/server.js')], {
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
			LOG_LEVEL: 'warn'
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

function kill(app: AppProcess | undefined): Promise<void> {
	if (!app || app.child.exitCode !== null || app.child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		app.child.once('exit', () => resolve());
		app.child.kill('SIGKILL');
	});
}

async function call(base: string, token: string, method: string, path: string, body?: unknown) {
	const response = await fetch(base + path, {
		method,
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const text = await response.text();
	expect(response.ok, `${method} ${path}: ${response.status} ${text}`).toBe(true);
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function signIn(base: string, pseudonym: string): Promise<string> {
	const response = await fetch(`${base}/api/v1/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ pseudonym, password: DEMO_PASSWORD })
	});
	expect(response.status, `signing ${pseudonym} in`).toBe(201);
	return ((await response.json()) as { token: string }).token;
}

/** A raw Server-Sent Events reader of one conversation: events are collected as they arrive. */
function openStream(base: string, token: string, conversationId: string, lastEventId?: number) {
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

describe.skipIf(!serverUrl)('two app processes on one PostgreSQL database', () => {
	const databaseName = `ep_cluster_${randomBytes(6).toString('hex')}`;
	const admin = serverUrl ? postgres(serverUrl, { max: 1, onnotice: () => {} }) : null;
	let databaseUrl = '';
	let a: AppProcess | undefined;
	let b: AppProcess | undefined;
	let portB = 0;
	let camille = '';
	let sacha = '';
	let conversationId = '';
	const streams: Array<ReturnType<typeof openStream>> = [];

	const send = async (base: string, body: string) => {
		const sent = await call(base, camille, 'POST', `/api/v1/conversations/${conversationId}/messages`, {
			messageId: randomUUID(),
			body
		});
		expect(sent.status).toBe(201);
		return sent.body as { seq: number };
	};
	const stream = (base: string, lastEventId?: number) => {
		const opened = openStream(base, sacha, conversationId, lastEventId);
		streams.push(opened);
		return opened;
	};

	beforeAll(async () => {
		await admin!.unsafe(`create database ${databaseName}`);
		const url = new URL(serverUrl!);
		url.pathname = `/${databaseName}`;
		databaseUrl = url.toString();
		// A first, alone: it applies the migrations and seeds the demo; B then finds them done.
		a = await startApp(await freePort(), databaseUrl);
		portB = await freePort();
		b = await startApp(portB, databaseUrl);

		// Camille (member) asks Sacha (peer supporter) through A; Sacha accepts through B.
		camille = await signIn(a.url, 'Camille');
		sacha = await signIn(b.url, 'Sacha');
		const help = await call(a.url, camille, 'POST', '/api/v1/help-requests', {
			experienceIds: [VOICES],
			formats: ['chat']
		});
		const { body: found } = await call(
			a.url,
			camille,
			'GET',
			`/api/v1/help-requests/${help.body.id}/matches`
		);
		const match = (found as { matches: Array<{ supporterId: string; pseudonym: string }> }).matches.find(
			(candidate) => candidate.pseudonym === 'Sacha'
		);
		expect(match, 'Sacha is proposed to Camille').toBeDefined();
		const contact = await call(
			a.url,
			camille,
			'POST',
			`/api/v1/help-requests/${help.body.id}/contact-requests`,
			{
				supporterId: match!.supporterId
			}
		);
		const accepted = await call(b.url, sacha, 'PATCH', `/api/v1/contact-requests/${contact.body.id}`, {
			decision: 'accept'
		});
		const { body: conversations } = await call(a.url, camille, 'GET', '/api/v1/conversations');
		conversationId = (conversations as Array<{ id: string; accompanimentId: string }>).find(
			(conversation) => conversation.accompanimentId === accepted.body.accompanimentId
		)!.id;
	});

	afterAll(async () => {
		for (const opened of streams) opened.close();
		await Promise.all([kill(a), kill(b)]);
		if (admin) {
			await admin.unsafe(`drop database if exists ${databaseName} with (force)`).catch(() => {});
			await admin.end();
		}
	});

	it('delivers a message sent through A to a stream open on B', async () => {
		const reader = stream(b!.url);
		await reader.ready;
		const latencies: number[] = [];
		for (let index = 1; index <= 5; index++) {
			const body = `live ${index}`;
			const started = performance.now();
			await send(a!.url, body);
			latencies.push((await reader.waitFor(body)) - started);
		}
		console.log(`cluster: send on A -> delivery on B: ${latencies.map((ms) => ms.toFixed(1)).join(', ')} ms`);
		expect(reader.messages().map((message) => message.body)).toEqual([1, 2, 3, 4, 5].map((n) => `live ${n}`));
		reader.close();
	});

	it('gives a reader of a killed and restarted B everything it missed, in order, once', async () => {
		const reader = stream(b!.url);
		await reader.ready;
		await send(a!.url, 'before the crash');
		await reader.waitFor('before the crash');
		const lastSeen = reader.messages().at(-1)!.seq;

		await kill(b);
		const missed = [1, 2, 3, 4].map((n) => `while B was down ${n}`);
		for (const body of missed) await send(a!.url, body);
		b = await startApp(portB, databaseUrl);

		// The browser's EventSource reconnects with the last id it saw; then the conversation goes on.
		const resumed = stream(b.url, lastSeen);
		await resumed.ready;
		await resumed.waitFor(missed.at(-1)!);
		await send(a!.url, 'after the restart');
		await resumed.waitFor('after the restart');
		const received = resumed.messages();
		expect(received.map((message) => message.body)).toEqual([...missed, 'after the restart']);
		const sequence = received.map((message) => message.seq);
		expect(sequence).toEqual([...sequence].sort((x, y) => x - y));
		expect(new Set(sequence).size).toBe(sequence.length);
		expect(sequence[0]).toBeGreaterThan(lastSeen);
		expect(reader.ended(), 'the stream of the killed process ended').toBe(true);
	});

	it('keeps a message A acknowledged just before being killed, readable through B', async () => {
		const reader = stream(b!.url);
		await reader.ready;
		await send(a!.url, 'just before A goes');
		await reader.waitFor('just before A goes');
		const before = reader.messages().at(-1)!.seq;

		const acknowledged = await send(a!.url, 'acknowledged, then A is killed');
		await kill(a);
		const { body: page } = await call(
			b!.url,
			sacha,
			'GET',
			`/api/v1/conversations/${conversationId}/messages`
		);
		expect((page as { messages: Array<{ seq: number; body: string }> }).messages.at(-1)).toMatchObject({
			seq: acknowledged.seq,
			body: 'acknowledged, then A is killed'
		});
		const resumed = stream(b!.url, before);
		await resumed.ready;
		await resumed.waitFor('acknowledged, then A is killed');
		expect(resumed.messages()).toEqual([{ seq: acknowledged.seq, body: 'acknowledged, then A is killed' }]);
	});
});
